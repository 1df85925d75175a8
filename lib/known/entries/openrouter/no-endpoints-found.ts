import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "openrouter.no-endpoints-found",
  category: "model.not_found",
  match: [
    /No endpoints (?:found|available) (?<why>matching your (?:guardrail restrictions and )?data policy|that support tool use|for (?<model>[\w.:\/-]{1,100}))/,
  ],
  title: (c) =>
    c.g.model
      ? t(`OpenRouter 上没有提供 ${ic(c.g.model)} 的服务商`, `No OpenRouter provider serves ${ic(c.g.model)}`)
      : (c.g.why ?? "").includes("tool")
        ? t("OpenRouter：这个模型没有支持工具调用的服务商", "OpenRouter: no provider of this model supports tool use")
        : t("OpenRouter：隐私 / 数据策略排除了所有服务商", "OpenRouter: your privacy / data policy excludes every provider"),
  summary: (c) => {
    const why = c.g.why ?? "";
    if (why.includes("data policy"))
      return t("OpenRouter 会把请求路由到模型的某个服务商（endpoint）；账户隐私设置（例如不允许训练、零数据保留、guardrail）排除了这个模型的全部服务商，没有可路由的 endpoint，于是返回 404。", "OpenRouter routes each request to one of the model's providers (endpoints); the account's privacy settings (no training, zero data retention, guardrails) exclude all of this model's providers, so nothing can be routed and it returns 404.");
    if (why.includes("tool"))
      return t("请求带了 tools（工具调用），但这个模型在 OpenRouter 上没有任何支持工具调用的服务商。", "The request includes tools, but none of this model's OpenRouter providers supports tool use.");
    return t(`OpenRouter 目前没有服务商提供 ${ic(c.g.model ?? "")}：模型 ID 不对、已下线，或者它的免费变体已停止提供。`, `No OpenRouter provider currently serves ${ic(c.g.model ?? "")}: the model ID is wrong, retired, or its free variant is no longer offered.`);
  },
  causes: [
    t("隐私设置（数据策略、零数据保留、guardrail）排除了该模型的所有服务商", "privacy settings (data policy, zero data retention, guardrails) exclude every provider of the model"),
    t("请求需要工具调用，而该模型没有支持工具调用的服务商", "the request needs tool use and no provider of the model supports it"),
    t("模型 ID 拼错，或模型 / 免费变体已下线", "the model ID is misspelled, or the model / its free variant was retired"),
  ],
  solutions: [
    { title: t("按消息提示调整隐私设置", "Adjust the privacy settings the message points to"), when: (c) => (c.g.why ?? "").includes("data policy"), steps: [t("在 https://openrouter.ai/settings/privacy 放宽数据策略（或允许该模型的服务商），或者换一个有合规服务商的模型。", "At https://openrouter.ai/settings/privacy relax the data policy (or allow this model's providers), or pick a model that has a compliant provider.")] },
    { title: t("换一个支持工具调用的模型，或关闭工具", "Use a model with tool-capable providers, or disable tools"), when: (c) => (c.g.why ?? "").includes("tool"), steps: [t("在 OpenRouter 的模型页筛选 tools 支持，或在客户端中关闭该请求的工具 / MCP。", "Filter models by tool support on OpenRouter's models page, or turn off tools / MCP for this request in the client.")] },
    {
      title: t("从模型列表确认准确的模型 ID", "Confirm the exact model ID from the model list"),
      steps: [t("调用 /api/v1/models 查看当前可用的模型 ID（带 :free 的免费变体可能随时下线）。", "Call /api/v1/models to see the model IDs available now (:free variants can be withdrawn at any time).")],
      code: () => ({ language: "bash", content: "curl -sS https://openrouter.ai/api/v1/models | grep -o '\"id\":\"[^\"]*\"'" }),
    },
  ],
  docs: ["https://openrouter.ai/docs/api/reference/errors-and-debugging", "https://openrouter.ai/docs/provider-routing"],
  samples: [
    { text: "openai.NotFoundError: Error code: 404 - {'error': {'message': 'No endpoints found matching your data policy (Paid model training). Configure: https://openrouter.ai/settings/privacy', 'code': 404}}", source: "https://github.com/unoplat/unoplat-code-confluence/issues/1080" },
    { text: "No endpoints found that support tool use. Try disabling \"question\". To learn more about provider routing, visit: https://openrouter.ai/docs/guides/routing/provider-selection", source: "https://github.com/Kilo-Org/kilocode/issues/9006" },
    { text: "404 No endpoints found for openrouter/hunter-alpha:free.", source: "https://github.com/Shaivpidadi/FreeRide/issues/3" },
  ],
});
