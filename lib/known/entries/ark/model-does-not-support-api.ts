import { defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "ark.model-does-not-support-api",
  category: "endpoint.not_found",
  match: [/the requested model (?<model>[\w.:\/-]{1,100}) does not support this api/, /\b(?<model>doubao-[\w.-]{1,80}) does not support this api/],
  title: (c) => t(`方舟模型 ${c.g.model ?? ""} 不支持这个接口`, `Ark model ${c.g.model ?? ""} does not support this API`),
  summary: (c) =>
    t(
      `火山方舟上每个模型只开放自己那一类接口：对话模型走 /api/v3/chat/completions，Seedream 等图片生成模型走 /api/v3/images/generations，多模态向量模型（doubao-embedding-vision）走 /api/v3/embeddings/multimodal。${c.g.model ?? "这个模型"} 被发到了它不支持的接口上。`,
      `On Volcengine Ark each model serves only its own kind of API: chat models use /api/v3/chat/completions, image models such as Seedream use /api/v3/images/generations, and multimodal embedding models (doubao-embedding-vision) use /api/v3/embeddings/multimodal. ${c.g.model ?? "This model"} was sent to an API it does not support.`,
    ),
  causes: [
    t("把图片生成模型（doubao-seedream-…）当作对话模型配置，请求发到了 chat/completions", "an image model (doubao-seedream-…) was configured as a chat model, so the request went to chat/completions"),
    t("把多模态向量模型（doubao-embedding-vision-…）当作普通文本向量模型，请求发到了 /embeddings", "a multimodal embedding model (doubao-embedding-vision-…) was used as a plain text embedding model, so the request went to /embeddings"),
    t("客户端或中转站按 OpenAI 的图片编辑接口（/images/edits）调用，而方舟的图生图也在 /images/generations 上，通过 image 字段传参考图", "the client or relay calls OpenAI's image-edit route (/images/edits), while Ark does image-to-image on /images/generations too, with the reference in the image field"),
  ],
  solutions: [
    {
      title: t("按模型类型换用对应的接口", "Call the API that matches the model's kind"),
      steps: [
        t("图片模型用 POST https://ark.cn-beijing.volces.com/api/v3/images/generations，请求体里带 model 和 prompt；多模态向量模型用 POST …/api/v3/embeddings/multimodal，input 是 {type:text|image_url} 的数组；对话用对话模型。", "For an image model, POST https://ark.cn-beijing.volces.com/api/v3/images/generations with model and prompt in the body; for a multimodal embedding model, POST …/api/v3/embeddings/multimodal with input as an array of {type: text|image_url} items; use a chat model for chat."),
        t("在客户端里把这个模型登记为图片模型（或使用支持方舟图片接口的插件），不要放进对话模型列表。", "Register the model as an image model in the client (or use a plugin that speaks Ark's image API), not in the list of chat models."),
      ],
    },
    ...categorySolutions("endpoint.not_found"),
  ],
  docs: ["https://github.com/songquanpeng/one-api/issues/2287", "https://github.com/CherryHQ/cherry-studio/pull/17360", "https://github.com/honlnk/gpt-image-studio/pull/34", "https://github.com/higress-group/higress/pull/2331"],
  samples: [
    { text: "测试eino_assistant例子，提示doubao-embedding-vision-250615 does not support this api", source: "https://github.com/cloudwego/eino-examples/issues/199" },
  ],
});
