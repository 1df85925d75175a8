import { block, defineKnownError, ic, shq, t, type KnownContext } from "../../define";

const baseLine = (c: KnownContext): string =>
  c.f.api.base.kind === "literal" && c.f.api.isFromPaste ? `BASE_URL=${shq(c.f.api.base.url)}` : 'BASE_URL="${OPENAI_BASE_URL:?set OPENAI_BASE_URL to the relay /v1 address}"';

export default defineKnownError({
  id: "relay.no-available-channel",
  category: "model.not_found",
  match: [
    /当前分组\s{0,3}(?<group>[^\s下]{1,60})\s{0,3}下对于模型\s{0,3}(?<model>[^\s(（无]{1,120})\s{0,3}无可用渠道/,
    /(?:获取)?分[组組]\s{0,3}(?<group>[^\s下]{1,60})\s{0,3}下模型\s{0,3}(?<model>[^\s(（无無的]{1,120})\s{0,3}(?:[无無]可用[渠管]道|的可用渠道(?:失败|不存在))/,
    /(?:No available channel|Failed to get available channel) for model (?<model>[^\s(]{1,120}) under group (?<group>[^\s(]{1,60})/,
  ],
  title: (c) =>
    t(
      `分组 ${ic(c.g.group ?? "?")} 里没有提供模型 ${ic(c.g.model ?? "?")} 的可用渠道`,
      `No channel in group ${ic(c.g.group ?? "?")} serves model ${ic(c.g.model ?? "?")}`,
    ),
  summary: (c) =>
    t(
      `分组 ${ic(c.g.group ?? "?")} 下没有模型 ${ic(c.g.model ?? "?")} 的可用渠道：中转站按「用户分组 + 模型名」挑选渠道，这个分组里没有任何已启用的渠道在模型列表里写了这个名字，请求因此没有发往任何上游（503）。模型名按字面精确匹配。`,
      `No available channel for ${ic(c.g.model ?? "?")} in group ${ic(c.g.group ?? "?")}: the relay picks a channel by (user group, model name), and no enabled channel in that group lists this name among its models, so the request went to no upstream (503). The model name is matched literally.`,
    ),
  causes: [
    t("模型名和渠道里配置的不完全一致（拼写、大小写、日期后缀、别名）", "the model name differs from the one configured on the channel (spelling, case, date suffix, alias)"),
    t("渠道里配了这个模型，但渠道不在你的用户/令牌分组里（例如用户是 vip，渠道只在 default）", "a channel lists the model but is not in your user/token group (e.g. the user is vip, the channel only default)"),
    t("只在「模型重定向」里写了这个名字，没写进渠道的模型列表：选渠道时用的是请求里的模型名，重定向在选中渠道之后才生效", "the name appears only in the channel's model mapping, not in its model list: the channel is chosen by the requested name, the mapping applies only after that"),
    t("提供该模型的渠道全部被禁用了（中转站会自动禁用连续出错的渠道）", "every channel serving the model is disabled (the relay disables channels that keep failing)"),
  ],
  solutions: [
    {
      title: t("列出这个令牌能用的模型，按列表里的名字改请求", "List the models this token can use and request one of them by that exact name"),
      steps: [t("/v1/models 返回的就是当前令牌可用的模型名；把代码里的模型名改成列表里的写法。", "/v1/models returns the model names the token can use; change the model name in the code to exactly one of them.")],
      code: (c) => (c.f.api.auth === "bearer" && (c.f.isRelay || !c.f.provider) ? block("bash", [baseLine(c), 'curl -sS "$BASE_URL/models" -H "Authorization: Bearer $OPENAI_API_KEY"']) : null),
    },
    {
      title: t("管理员：把模型加进该分组的渠道", "Admin: add the model to a channel in that group"),
      steps: [
        (c) =>
          t(
            `在「渠道」里编辑要用的渠道：模型列表里加上 ${ic(c.g.model ?? "该模型")}（用了模型重定向时，重定向前后的名字都要在列表里），分组里勾上 ${ic(c.g.group ?? "用户所在分组")}，并确认渠道是启用状态。`,
            `In Channels, edit the channel to use: add ${ic(c.g.model ?? "the model")} to its model list (with a model mapping, both the requested and the mapped name must be listed), add group ${ic(c.g.group ?? "of the user")}, and make sure the channel is enabled.`,
          ),
      ],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/middleware/distributor.go", "https://github.com/QuantumNous/new-api/blob/main/middleware/distributor.go", "https://github.com/songquanpeng/one-api/blob/main/controller/relay.go"],
  samples: [
    { text: '503 {"error":{"message":"当前分组 default 下对于模型 gpt-4o 无可用渠道 (request id: 2025030112000012345678abcdEFGH)","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/middleware/distributor.go" },
    { text: '{"error":{"message":"No available channel for model claude-sonnet-4 under group default (distributor)","type":"new_api_error","code":"model_not_found"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/en.yaml" },
    { text: '{"error":{"message":"分组 vip 下模型 deepseek-chat 无可用渠道（distributor）","type":"new_api_error","code":"model_not_found"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" },
  ],
});
