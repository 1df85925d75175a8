import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "litellm.unsupported-params",
  category: "request.invalid",
  match: [/\bUnsupportedParamsError\b[^\n]{0,300}does not support parameters:?\s*(?<params>\[[^\]\n]{1,200}\])?/, /does not support parameters:?\s*(?<params>\[[^\]\n]{1,200}\])[^\n]{0,200}drop_params/],
  title: (c) => (c.g.params ? t(`该模型不支持参数 ${ic(c.g.params)}`, `The model does not support ${ic(c.g.params)}`) : t("该模型不支持请求里的某些参数", "The model does not support some request parameters")),
  summary: t(
    "LiteLLM 记录了每个服务商和模型支持哪些 OpenAI 参数；默认遇到不支持的参数就抛出 UnsupportedParamsError，而不是悄悄丢掉。",
    "LiteLLM knows which OpenAI parameters each provider and model supports; by default an unsupported parameter raises UnsupportedParamsError instead of being silently dropped.",
  ),
  causes: [t("把写给 OpenAI 的参数（如 response_format、tools、temperature、seed）原样发给了不支持它们的服务商或模型", "parameters written for OpenAI (response_format, tools, temperature, seed …) were sent unchanged to a provider or model that lacks them")],
  solutions: [
    {
      title: t("设置 drop_params=True，让 LiteLLM 自动丢弃不支持的参数", "Set drop_params=True so LiteLLM drops unsupported parameters"),
      steps: [t("SDK 里 litellm.drop_params = True（或单次调用传 drop_params=True）；代理在 litellm_settings 里设置 drop_params: true。注意被丢弃的参数不会生效。", "In the SDK set litellm.drop_params = True (or pass drop_params=True per call); on the proxy set drop_params: true under litellm_settings. Dropped parameters simply do not take effect.")],
    },
    {
      title: t("或者只给支持的模型传这个参数", "Or pass the parameter only to models that support it"),
      steps: [t("litellm.get_supported_openai_params(model=...) 可以查出某个模型支持哪些参数。", "litellm.get_supported_openai_params(model=...) lists the parameters a model supports.")],
    },
  ],
  docs: ["https://docs.litellm.ai/docs/completion/drop_params", "https://docs.litellm.ai/docs/exception_mapping"],
  samples: [{ text: "litellm.exceptions.UnsupportedParamsError: litellm.UnsupportedParamsError: cohere does not support parameters: ['response_format'], for model=command-r. To drop these, set `litellm.drop_params=True` or for proxy:\n\n`litellm_settings:\n drop_params: true`", source: "https://docs.litellm.ai/docs/completion/drop_params" }],
});
