import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "langchain.missing-env-key",
  category: "auth.invalid_credentials",
  match: [/Did not find (?<key>\w{1,60}(?:api_key|_key|_token)), please add an environment variable `(?<env>[A-Z0-9_]{1,80})` which contains it/],
  title: (c) => t(`LangChain 找不到 ${ic(c.g.env ?? "API Key")}`, `LangChain cannot find ${ic(c.g.env ?? "the API key")}`),
  summary: (c) =>
    t(
      `LangChain 的集成类在初始化时读取 ${ic(c.g.key ?? "?")}：构造参数没传，环境变量 ${ic(c.g.env ?? "?")} 也为空，于是抛出 ValueError。`,
      `The LangChain integration reads ${ic(c.g.key ?? "?")} when it is created: it was not passed as an argument and ${ic(c.g.env ?? "?")} is empty, so it raises ValueError.`,
    ),
  causes: [
    (c) => t(`${c.g.env ?? "该环境变量"} 没有在运行程序的环境里设置（.env 没加载，或在 Notebook/服务里没配置）`, `${c.g.env ?? "the variable"} is not set where the program runs (.env not loaded, or missing in the notebook/service)`),
    (c) => t(`报错的是 ${c.g.key ?? "这个"} 所属服务商的组件：如果你本来没打算用这个服务商，说明有组件没有显式指定模型`, `the failing component belongs to the provider of ${c.g.key ?? "this key"}: if you did not mean to use that provider, some component was not given a model explicitly`),
  ],
  solutions: [
    {
      title: (c) => t(`设置 ${c.g.env ?? "环境变量"}，或把 ${c.g.key ?? "Key"} 作为参数传入`, `Set ${c.g.env ?? "the variable"}, or pass ${c.g.key ?? "the key"} as an argument`),
      steps: [t("在创建该组件之前设置好环境变量；使用 python-dotenv 时先调用 load_dotenv()。", "Set the variable before the component is created; with python-dotenv call load_dotenv() first.")],
      code: (c) => (c.g.env ? block("bash", [`test -n "\${${c.g.env}}" && echo "${c.g.env} is set" || echo "${c.g.env} is empty in this shell"`]) : null),
    },
    {
      title: t("如果本意是用别的模型，检查是谁在创建这个组件", "If you meant to use another model, find what creates this component"),
      steps: [t("顺着 traceback 找到报错的类（如 OpenAIEmbeddings），把对应参数（embedding、llm）显式换成你要用的模型。", "Follow the traceback to the class that failed (e.g. OpenAIEmbeddings) and explicitly pass the model you intend (embedding=, llm=).")],
    },
  ],
  docs: ["https://github.com/langchain-ai/langchain/blob/master/libs/core/langchain_core/utils/env.py"],
  samples: [{ text: "pydantic.v1.error_wrappers.ValidationError: 1 validation error for ChatAnthropic\n__root__\n  Did not find anthropic_api_key, please add an environment variable `ANTHROPIC_API_KEY` which contains it, or pass `anthropic_api_key` as a named parameter. (type=value_error)", source: "https://github.com/langchain-ai/langchain/blob/master/libs/core/langchain_core/utils/env.py" }],
});
