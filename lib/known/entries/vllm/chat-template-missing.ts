import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "vllm.chat-template-missing",
  category: "request.invalid",
  match: [/default chat template is no longer allowed, so you must provide a chat template/],
  title: t("模型没有聊天模板，无法处理 chat 请求", "The model has no chat template, so chat requests fail"),
  summary: t(
    "/v1/chat/completions 要用模型 tokenizer 配置里的 chat template 把消息拼成提示词；transformers 4.44 起不再提供默认模板，模型没有自带模板时所有聊天请求都会 400。",
    "/v1/chat/completions needs the chat template from the model's tokenizer config to turn messages into a prompt; since transformers 4.44 there is no default template, so without one every chat request fails with 400.",
  ),
  causes: [
    t("模型是基座模型（没有做对话微调），本来就没有聊天模板", "the model is a base model (not chat-tuned) and has no chat template"),
    t("模型做过对话微调，但发布的 tokenizer_config.json 里没带模板（常见于社区量化版本）", "the model is chat-tuned but its published tokenizer_config.json lacks the template (common with community quantizations)"),
  ],
  solutions: [
    {
      title: t("启动时用 --chat-template 指定模板", "Pass a template with --chat-template at startup"),
      steps: [t("vllm serve <模型> --chat-template ./模板.jinja；vLLM 仓库 examples 目录里有常见模型的模板，也可以从原版模型的 tokenizer_config.json 复制。", "vllm serve <model> --chat-template ./template.jinja; vLLM's examples directory has templates for popular models, or copy the one from the original model's tokenizer_config.json.")],
    },
    {
      title: t("基座模型改用 /v1/completions", "For a base model, use /v1/completions"),
      steps: [t("没有对话能力的模型应该用补全接口直接传 prompt。", "A model without chat tuning should be called through the completions endpoint with a plain prompt.")],
    },
  ],
  docs: ["https://github.com/vllm-project/vllm/blob/main/docs/serving/openai_compatible_server.md"],
  samples: [{ text: "openai.BadRequestError: Error code: 400 - {'object': 'error', 'message': 'As of transformers v4.44, default chat template is no longer allowed, so you must provide a chat template if the tokenizer does not define one.', 'type': 'BadRequestError', 'param': None, 'code': 400}", source: "https://github.com/vllm-project/vllm/blob/main/docs/serving/openai_compatible_server.md" }],
});
