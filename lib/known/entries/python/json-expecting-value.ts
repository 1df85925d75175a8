import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.json-expecting-value-char0",
  category: "data.parse",
  // Not when the paste shows an HTML page or an HTTP status: then the cause is the upstream
  // or the request (taxonomy rule 6), and the classifier's own rules label it.
  match: [/^(?![\s\S]{0,45000}?(?:<html|<!doctype|<head>|<body|<title>|(?:HTTP\/[\d.]{1,3} |status(?:[ _]code)?[:= ]{1,3}|Error code: |<Response \[)[45]\d\d|\b[45]\d\d (?:Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out|Internal Server Error|Forbidden|Unauthorized|Not Found|Too Many Requests)))[\s\S]{0,45000}?Expecting value: line 1 column 1 \(char 0\)/i],
  priority: -1,
  title: (c) =>
    c.f.has(/requests[\\/]models\.py|\.json\(\)/)
      ? t("响应体不是 JSON：response.json() 在第一个字符就失败了", "The response body is not JSON: response.json() failed at the first character")
      : t("要解析的内容在第一个字符就不是 JSON（空的，或是 HTML / 纯文本）", "The text being parsed is not JSON from its first character (empty, or HTML / plain text)"),
  summary: t(
    "解析器在第 1 行第 1 列（第 0 个字符）就找不到任何 JSON 值：内容是空的，或者根本不是 JSON——最常见的是服务端返回了 HTML 错误页、登录页或纯文本，而代码直接当 JSON 解析。",
    "The parser found no JSON value at line 1, column 1 (character 0): the input is empty or is not JSON at all — most often a server returned an HTML error page, a login page or plain text, and the code parsed it as JSON anyway.",
  ),
  causes: [
    t("HTTP 响应不是 JSON：接口报错返回了 HTML 页面、需要登录/鉴权、被网关或反爬拦截、或者 URL 写错落到了网页上", "the HTTP response is not JSON: the API failed with an HTML page, needs login/auth, was blocked by a gateway or anti-bot check, or the URL points at a web page"),
    t("响应体为空（例如 204 No Content，或服务端出错没有输出）", "the response body is empty (a 204 No Content, or a server error that wrote nothing)"),
    t("读取的 JSON 文件是空的，或已被别的内容覆盖", "the JSON file being read is empty or has been overwritten with something else"),
  ],
  solutions: [
    {
      title: t("先看状态码和原始响应内容，再决定是否解析 JSON", "Look at the status code and raw body before parsing JSON"),
      steps: [
        t("打印 status_code、Content-Type 和 text 的前几百个字符：看到 HTML 就说明请求本身出了问题（地址、鉴权、被拦截），要修的是请求，不是解析。", "Print status_code, the Content-Type and the first few hundred characters of text: HTML means the request itself went wrong (URL, auth, blocked), which is what to fix — not the parsing."),
        t("requests 的 .json() 成功与否和请求是否成功无关；先用 raise_for_status() 检查状态码。", "Whether requests' .json() succeeds says nothing about the request's success; check the status with raise_for_status() first."),
      ],
      code: () =>
        block("python", [
          "import os",
          "",
          "import requests",
          "",
          'resp = requests.get(os.environ["API_URL"], timeout=30)',
          'print(resp.status_code, resp.headers.get("Content-Type"))',
          "print(resp.text[:300])",
          "resp.raise_for_status()",
          'if "application/json" not in resp.headers.get("Content-Type", ""):',
          '    raise RuntimeError("expected JSON, got: " + resp.text[:200])',
          "data = resp.json()",
        ]),
    },
    {
      title: t("读取文件时先确认文件不为空", "When reading a file, check it is not empty"),
      steps: [t("用编辑器打开报错的 JSON 文件；为空或内容不对时从备份或原始来源恢复。", "Open the JSON file named in the traceback; if it is empty or holds something else, restore it from a backup or its source.")],
    },
  ],
  docs: ["https://www.github.com/psf/requests/issues/4291", "https://riptutorial.com/python-requests/example/10565/receiving-json-in-a-response"],
  samples: [
    {
      text: '    raise JSONDecodeError("Expecting value", s, err.value) from None\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
      source: "https://github.com/drandreaskrueger/chainhammer/issues/7",
    },
  ],
});
