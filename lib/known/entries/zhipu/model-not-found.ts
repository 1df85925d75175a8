import { defineKnownError, t } from "../../define";
import { listModels } from "../../llm";

export default defineKnownError({
  id: "zhipu.model-not-found",
  category: "model.not_found",
  match: ["模型不存在，请检查模型代码", "模型不存在,请检查模型代码"],
  title: t("智谱：模型不存在（1211）", "Zhipu: model does not exist (1211)"),
  summary: t(
    "业务码 1211 表示请求里的 model 不是智谱开放平台的模型代码：名称拼错、大小写不对，或者用了其他平台的模型名。",
    "Business code 1211 means the request's model is not a Zhipu platform model code: misspelled, wrong case, or another platform's model name.",
  ),
  causes: [t("模型代码拼写错误（例如 glm4 / GLM-4 写法不对）", "a misspelled model code (glm4, GLM-4 …)"), t("使用了其他平台或中转站的模型名", "a model name from another platform or gateway")],
  solutions: [
    {
      title: t("对照模型列表改用准确的模型代码", "Use an exact model code from the model list"),
      steps: [t("在智谱文档的模型概览中复制模型代码（小写，如 glm-4-flash 形式），或调用 /models 接口查看。", "Copy the model code from Zhipu's model overview (lower case, in the glm-4-flash style), or list models through the API.")],
      code: (c) => listModels(c, "https://open.bigmodel.cn/api/paas/v4", "ZHIPUAI_API_KEY"),
    },
    { title: t("确认请求发往智谱开放平台", "Make sure the request goes to the Zhipu platform"), steps: [t("智谱的模型代码只在 https://open.bigmodel.cn/api/paas/v4 有效；其他平台的地址或模型名不能混用。", "Zhipu model codes are only valid at https://open.bigmodel.cn/api/paas/v4; do not mix in other platforms' addresses or model names.")] },
  ],
  docs: ["https://docs.bigmodel.cn/cn/faq/api-code"],
  samples: [{ text: "{\"error\":{\"code\":\"1211\",\"message\":\"模型不存在，请检查模型代码。\"}}", source: "https://docs.bigmodel.cn/cn/faq/api-code" }],
});
