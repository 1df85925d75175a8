import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.channel-disabled",
  category: "upstream.unavailable",
  match: [/该渠道已被禁用/, /This channel has been disabled/],
  title: t("指定的渠道已被禁用", "The specified channel is disabled"),
  summary: t(
    "请求用「sk-令牌-渠道号」指定了某个渠道，而这个渠道处于禁用状态。中转站会自动禁用连续出错的渠道（例如上游 Key 失效），管理员也可能手动禁用了它。",
    "The request forced a specific channel (sk-token-channelId) and that channel is disabled. The relay disables channels that keep failing (e.g. a dead upstream key), or an admin switched it off.",
  ),
  causes: [
    t("渠道的上游 Key 失效或额度用完，中转站自动禁用了它", "the channel's upstream key died or ran out of quota and the relay disabled it automatically"),
    t("管理员手动禁用了这个渠道", "an admin disabled the channel by hand"),
  ],
  solutions: [
    {
      title: t("管理员：测试并重新启用渠道，或换一个渠道", "Admin: test and re-enable the channel, or pick another"),
      steps: [t("在「渠道」页面用「测试」检查上游是否恢复，修好 Key 后再启用；或者去掉令牌里的渠道号，让中转站自动选渠道。", "On the Channels page, use Test to see whether the upstream works, fix the key and re-enable it; or drop the channel id from the token and let the relay choose.")],
    },
    {
      title: t("不要在令牌里固定渠道", "Do not pin a channel in the token"),
      steps: [t("去掉令牌末尾的「-渠道号」，让中转站在可用渠道之间自动选择。", "Drop the \"-channelId\" suffix from the token so the relay chooses among the enabled channels.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/middleware/distributor.go", "https://github.com/songquanpeng/one-api/blob/main/controller/relay.go"],
  samples: [{ text: '403 {"error":{"message":"该渠道已被禁用","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/middleware/distributor.go" }],
});
