import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "ark.model-or-endpoint-not-found",
  category: "model.not_found",
  match: [/The model or endpoint (?<model>[\w.:\/-]{1,100}) does not exist or you do not have access to it/, /\bInvalidEndpointOrModel\.NotFound\b/, /\bInvalidEndpoint\.NotFound\b/],
  title: (c) => t(`火山方舟找不到模型或推理接入点${c.g.model ? ` ${ic(c.g.model)}` : ""}`, `Volcengine Ark cannot find the model or endpoint${c.g.model ? ` ${ic(c.g.model)}` : ""}`),
  summary: (c) =>
    t(
      `方舟的 model 字段要填带版本号的模型 ID（例如 doubao-1-5-pro-32k-250115 这种形式）或推理接入点 ID（ep- 开头）；${c.g.model ? `${ic(c.g.model)} ` : ""}不是当前账户、当前地域下可访问的模型或接入点。`,
      `Ark's model field takes a versioned model ID (in the doubao-1-5-pro-32k-250115 form) or an inference endpoint ID (starting with ep-); ${c.g.model ? `${ic(c.g.model)} ` : "this value "}is not a model or endpoint this account can reach in this region.`,
    ),
  causes: [
    t("填了模型的显示名称（如 Doubao-pro-128k），而不是带版本号的模型 ID 或 ep- 接入点 ID", "the model's display name (Doubao-pro-128k …) was used instead of the versioned model ID or an ep- endpoint ID"),
    t("接入点属于另一个账户或另一个地域", "the endpoint belongs to another account or region"),
    t("账户还没有开通该模型", "the account has not activated the model"),
  ],
  solutions: [
    {
      title: t("改用模型列表中的完整模型 ID 或 ep- 接入点 ID", "Use the full model ID from the model list, or an ep- endpoint ID"),
      steps: [
        t("在方舟文档的模型列表中复制带版本号的模型 ID；或在控制台的在线推理里创建推理接入点，把 ep- 开头的接入点 ID 填到 model。", "Copy the versioned model ID from Ark's model list, or create an inference endpoint under online inference in the console and put its ep- ID in model."),
        t("确认 base URL 的地域（如 ark.cn-beijing.volces.com）与接入点所在地域一致。", "Make sure the base URL's region (ark.cn-beijing.volces.com …) is the endpoint's region."),
      ],
    },
    { title: t("核对地域和账号", "Check region and account"), steps: [t("推理接入点属于创建它的账号和地域；Key、base URL 的地域和接入点必须一致。", "An endpoint belongs to the account and region that created it; the key, the base URL's region and the endpoint must match.")] },
  ],
  docs: ["https://volcengine.com/docs/82379/1299023", "https://github.com/cloudwego/eino/issues/107", "https://github.com/nicepkg/aide/issues/80"],
  samples: [{ text: "Route: [doubao] ProviderBizError: {\n  code: 'InvalidEndpoint.NotFound',\n  message: 'The request targeted an endpoint that does not exist or is invalid. Request id: 0217386810167267496f828e4b55008dbcbc157f9db9cedd9fe0c',\n  param: '',\n  type: 'NotFound'\n}", source: "https://github.com/lobehub/lobehub/issues/5744" }],
});
