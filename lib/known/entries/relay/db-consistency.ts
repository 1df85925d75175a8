import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.db-consistency",
  category: "upstream.unavailable",
  priority: 1,
  match: [/数据库一致性(?:已|被)(?:被)?破坏/, /Database consistency has been compromised/],
  title: t("中转站数据库里渠道和模型能力表不一致", "The relay's channel and ability tables are out of sync"),
  summary: t(
    "中转站按能力表（分组 + 模型 → 渠道）选中了一个渠道，但渠道表里已经没有这个渠道。这是服务端数据问题，客户端无法修复。",
    "The relay picked a channel from its abilities table (group + model → channel), but that channel no longer exists in the channels table. The data is inconsistent on the server; the client cannot fix it.",
  ),
  causes: [t("渠道被删除后，能力表里还残留着它的记录", "a channel was deleted while its rows remained in the abilities table")],
  solutions: [
    {
      title: t("联系中转站管理员修复数据", "Ask the relay's admin to repair the data"),
      steps: [t("管理员可重新保存相关渠道（会重建其能力记录），或清理残留的能力记录；new-api 提供了修复能力表的功能。", "The admin can re-save the affected channels (which rebuilds their abilities) or remove the stale rows; new-api has a repair task for the abilities table.")],
    },
    {
      title: t("非管理员：联系站点运营方", "Not the admin: contact the site's operator"),
      steps: [t("这类问题只能在服务端修复，请把错误信息和 request id 发给运营方。", "Only the server side can fix this; send the message and request id to the operator.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/middleware/distributor.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [{ text: '503 {"error":{"message":"数据库一致性已被破坏，请联系管理员","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/middleware/distributor.go" }],
});
