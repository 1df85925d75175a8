import { block, defineKnownError, ic, q, t } from "../../define";

export default defineKnownError({
  id: "openai-sdk.api-removed-in-v1",
  category: "code.name",
  match: [/You tried to access openai\.(?<symbol>[\w.]{1,60}), but this is no longer supported in openai>=1\.0\.0/, /\bAPIRemovedInV1\b/],
  title: (c) => t(`openai ${ic(`openai.${c.g.symbol ?? "ChatCompletion"}`)} 是 0.x 的写法，1.x 已删除`, `${ic(`openai.${c.g.symbol ?? "ChatCompletion"}`)} is the 0.x API, removed in openai 1.x`),
  summary: t(
    "代码是按 openai 0.x 写的（openai.ChatCompletion.create 这类模块级调用），而环境里装的是 openai ≥ 1.0；1.x 改成了先创建客户端再调用 client.chat.completions.create，旧名字只留了一个会抛出此错误的占位。",
    "The code was written for openai 0.x (module-level calls such as openai.ChatCompletion.create) while openai ≥ 1.0 is installed; 1.x creates a client first and calls client.chat.completions.create, keeping the old names only as placeholders that raise this error.",
  ),
  causes: [
    t("项目或示例代码是 2023 年 11 月之前按 0.x 写的，依赖没有锁定版本，安装时装上了 1.x", "the project or example was written for 0.x (before November 2023) and, with no pinned version, installing pulled in 1.x"),
    t("用到的第三方库本身还在调用 0.x 的接口", "a third-party library in use still calls the 0.x interface"),
  ],
  solutions: [
    {
      title: t("把调用改成 1.x 的客户端写法", "Rewrite the call in the 1.x client style"),
      steps: [t("openai.ChatCompletion.create(...) 改为 client.chat.completions.create(...)，返回值用属性访问（resp.choices[0].message.content）。错误里提到的 openai migrate 可以自动改写大部分代码。", "Replace openai.ChatCompletion.create(...) with client.chat.completions.create(...) and read the result with attributes (resp.choices[0].message.content). The openai migrate command named in the message rewrites most code automatically.")],
      code: (c) =>
        block("python", [
          "import os",
          "from openai import OpenAI",
          "",
          "client = OpenAI()  # reads OPENAI_API_KEY (and OPENAI_BASE_URL when set)",
          `MODEL = ${c.f.model ? q(c.f.model) : 'os.environ["LLM_MODEL"]'}`,
          'resp = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Hello"}])',
          "print(resp.choices[0].message.content)",
        ]),
    },
    {
      title: t("暂时无法改代码时，固定 openai==0.28", "If the code cannot change yet, pin openai==0.28"),
      steps: [t("只作为过渡：旧版本不再更新，也不支持新模型的新参数。", "Only as a stopgap: the old version gets no updates and lacks newer models' parameters.")],
      code: () => block("bash", ['python -m pip install "openai==0.28"']),
    },
  ],
  docs: ["https://github.com/openai/openai-python/blob/main/src/openai/lib/_old_api.py", "https://github.com/openai/openai-python/discussions/742"],
  samples: [{ text: "openai.lib._old_api.APIRemovedInV1: \n\nYou tried to access openai.Completion, but this is no longer supported in openai>=1.0.0 - see the README at https://github.com/openai/openai-python for the API.\n\nYou can run `openai migrate` to automatically upgrade your codebase to use the 1.0.0 interface.", source: "https://github.com/openai/openai-python/blob/main/src/openai/lib/_old_api.py" }],
});
