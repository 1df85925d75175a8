import { block, defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "python.keyerror-choices",
  category: "code.index_key",
  // Only when the KeyError is the final exception (an SDK may re-raise it as AttributeError).
  guard: { exception: ["KeyError"] },
  match: [/\[["']choices["']\][^\n]{0,200}\n(?:[^\n]{0,200}\n){0,2}KeyError: ["']choices["']/, /KeyError: (?:Caught exception: )?["']choices["']/],
  title: t("接口返回的不是补全结果，而是错误信息（没有 choices 字段）", "The API returned an error body, not a completion (there is no choices field)"),
  summary: t(
    "代码直接读取响应 JSON 的 choices 字段，但这次响应里没有它。OpenAI 兼容接口成功时返回 choices，失败时（密钥无效、余额不足、限流、模型名错误、请求过长等）返回的是一个只有 error 对象的 JSON。真正的原因写在那个 error 里，KeyError 只是后果。",
    "The code reads the response JSON's choices field directly, and this response has none. OpenAI-compatible APIs return choices on success and a JSON body holding only an error object on failure (invalid key, no balance, rate limit, wrong model name, request too long…). The real cause is in that error; the KeyError is only the consequence.",
  ),
  causes: [
    t("API Key 无效、过期或余额/额度用完", "the API key is invalid, expired, or out of balance/quota"),
    t("被限流，或模型名、参数不被这个服务接受", "rate limited, or the model name or a parameter is not accepted by this service"),
    t("base_url 指向的服务不是 OpenAI 兼容格式，返回的结构不同", "the base_url points at a service whose response is not OpenAI-shaped"),
  ],
  solutions: [
    {
      title: t("先检查 HTTP 状态并打印完整响应，再取 choices", "Check the HTTP status and print the whole body before reading choices"),
      steps: [t("把响应原文打印出来，按其中 error.message 的提示处理（换 Key、充值、降频、改模型名）。", "Print the raw response and act on its error.message (new key, top-up, slow down, fix the model name).")],
      code: () =>
        block("python", [
          "import requests",
          "",
          "def chat(url: str, headers: dict, payload: dict) -> str:",
          "    resp = requests.post(url, headers=headers, json=payload, timeout=60)",
          "    data = resp.json()",
          '    if resp.status_code != 200 or "choices" not in data:',
          '        raise RuntimeError(f"API error {resp.status_code}: {data}")',
          '    return data["choices"][0]["message"]["content"]',
        ]),
    },
    ...categorySolutions("code.index_key"),
  ],
  docs: ["https://platform.openai.com/docs/guides/error-codes", "https://platform.openai.com/docs/api-reference/chat/object", "https://github.com/SnapdragonLee/ChatGPT-weBot/issues/79"],
  samples: [
    { text: "main.py\", line 164, in generate_response\n    return(response_data['choices'][0]['text'])\nKeyError: 'choices'", source: "https://github.com/mishl-dev/Discord-AI-Chatbot/issues/143" },
  ],
});
