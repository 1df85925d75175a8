import { block, defineKnownError, ic, q, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "deepseek.model-not-exist",
  category: "model.not_found",
  // DeepSeek's own wording (capital N and E); other providers say "does not exist".
  match: [/\bModel Not Exist\b/],
  title: t("DeepSeek 不认识请求里的模型名（Model Not Exist）", "DeepSeek does not know the model name in the request (Model Not Exist)"),
  summary: t(
    "DeepSeek 官方 API 只接受它自己的模型 ID（deepseek-chat、deepseek-reasoner）；请求里的 model 是别处的写法（deepseek-r1、deepseek-v3、带 Pro/deepseek-ai/ 前缀的名字等），于是返回 400 Model Not Exist。",
    "DeepSeek's own API accepts only its model IDs (deepseek-chat, deepseek-reasoner); the request's model uses a name from elsewhere (deepseek-r1, deepseek-v3, a Pro/deepseek-ai/… name), so it answers 400 Model Not Exist.",
  ),
  causes: [
    t("把 R1 写成了 deepseek-r1：官方 API 里 R1 的名字是 deepseek-reasoner", "R1 was requested as deepseek-r1: on the official API its name is deepseek-reasoner"),
    t("沿用了其他平台（硅基流动、火山方舟等）的模型名，例如 Pro/deepseek-ai/DeepSeek-V3 或 deepseek-v3-250324", "a model name from another platform (SiliconFlow, Volcengine Ark …) was kept, e.g. Pro/deepseek-ai/DeepSeek-V3 or deepseek-v3-250324"),
    t("客户端把自己的显示名或内部 ID 当作 model 发了出去", "the client sent its own display name or internal ID as the model"),
  ],
  solutions: [
    {
      title: t("把 model 改成 deepseek-chat 或 deepseek-reasoner", "Set model to deepseek-chat or deepseek-reasoner"),
      steps: [
        t("对话用 deepseek-chat，推理（R1）用 deepseek-reasoner；base_url 用 https://api.deepseek.com。", "Use deepseek-chat for chat and deepseek-reasoner for reasoning (R1), with base_url https://api.deepseek.com."),
        (c) => (c.f.model ? t(`请求里的模型名是 ${ic(c.f.model)}，换成上面两个之一。`, `The request named ${ic(c.f.model)}; replace it with one of the two above.`) : null),
      ],
      code: () =>
        block("python", [
          "from openai import OpenAI",
          "",
          `client = OpenAI(api_key="YOUR_DEEPSEEK_API_KEY", base_url=${q("https://api.deepseek.com")})`,
          `reply = client.chat.completions.create(model=${q("deepseek-chat")}, messages=[{"role": "user", "content": "Hello"}])`,
          "print(reply.choices[0].message.content)",
        ]),
    },
    ...categorySolutions("model.not_found"),
  ],
  docs: ["https://github.com/ConardLi/easy-dataset/issues/9", "https://github.com/musistudio/claude-code-router/issues/438", "https://github.com/Mai-with-u/MaiBot/issues/109"],
  samples: [
    { text: "模型请求失败: 请求参数错误: Error code: 400 - {'error': {'message': 'Model Not Exist', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}", source: "https://github.com/langbot-app/LangBot/issues/1643" },
    { text: "Error: Error: 400 Model Not Exist", source: "https://github.com/ruixingshi/deepseek-thinker-mcp/issues/3" },
  ],
});
