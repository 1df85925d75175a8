import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "vllm.model-does-not-exist",
  category: "model.not_found",
  priority: 1,
  match: [/The model `(?<model>[^`\n]{1,200})` does not exist\.[^\n]{0,40}NotFoundError/],
  title: (c) => t(`vLLM 没有以 ${ic(c.g.model ?? "")} 这个名字提供模型`, `vLLM serves no model named ${ic(c.g.model ?? "")}`),
  summary: (c) =>
    t(
      `vLLM 的 OpenAI 兼容服务只接受它登记的模型名：启动时传了 --served-model-name 就是那个名字，否则就是 --model 的原样字符串（本地路径或 Hugging Face 仓库名，一字不差）。请求里的 model（${ic(c.g.model ?? "")}）与之不一致，所以返回 404 NotFoundError。`,
      `vLLM's OpenAI-compatible server only accepts the model names it registered: the --served-model-name value if one was given, otherwise the --model string exactly as passed (a local path or a Hugging Face repo id, character for character). The request's model (${ic(c.g.model ?? "")}) does not match, hence 404 NotFoundError.`,
    ),
  causes: [
    t("启动时用的是本地路径（如 /data/Qwen...），请求里只写了目录名或模型名", "the server was started with a local path (such as /data/Qwen...) while the request sends only the folder or model name"),
    t("启动时设置了 --served-model-name，请求却用了原始模型名（或反过来）", "the server was started with --served-model-name but the request uses the original model name (or the other way round)"),
    t("路径末尾斜杠、大小写等细微差别：名字必须完全一致", "a small difference such as a trailing slash or letter case: the name must match exactly"),
  ],
  solutions: [
    {
      title: t("用 /v1/models 查出服务登记的名字，照抄到请求里", "Ask /v1/models for the registered name and use it verbatim"),
      steps: [t("请求服务的 /v1/models，返回的 data[].id 就是可用的 model 值。", "Call the server's /v1/models; the data[].id values are the model names it accepts.")],
      code: (c) => {
        const base = c.f.url ? /^(https?:\/\/[^/\s]{1,200})/.exec(c.f.url)?.[1] : null;
        return base ? block("bash", [`curl -s ${shq(`${base}/v1/models`)}`]) : block("bash", ['curl -s "${OPENAI_BASE_URL%/}/models"']);
      },
    },
    {
      title: t("或者启动时用 --served-model-name 起一个固定的短名", "Or give the model a fixed short name with --served-model-name at start-up"),
      steps: [t("例如启动参数加上 --served-model-name 和你客户端里配置的名字，让两边一致，之后换模型路径也不用改客户端。", "Add --served-model-name with the name your client is configured to use, so both sides agree and the client does not change when the model path does.")],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/issues/3486", "https://docs.vllm.ai/en/v0.6.6/serving/openai_compatible_server.html"],
  samples: [
    {
      text: "$ curl -s -XPOST localhost:8000/tokenize -d '{\"model\":\"not-a-served-model\",\"prompt\":\"x\"}'\n{\"error\":{\"message\":\"The model `not-a-served-model` does not exist.\",\"type\":\"NotFoundError\",\"param\":\"model\",\"code\":404}}",
      source: "https://github.com/vllm-project/vllm/pull/58025",
    },
  ],
});
