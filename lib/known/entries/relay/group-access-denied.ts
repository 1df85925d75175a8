import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.group-access-denied",
  category: "auth.forbidden",
  match: [/无权访问\s{0,2}(?<group>[^\s分]{1,60})\s{0,2}分组/, /无权访问该分组/, /No permission to access this group/],
  title: (c) => (c.g.group ? t(`令牌分组 ${ic(c.g.group)} 不在你的可用分组里`, `Token group ${ic(c.g.group)} is not among your usable groups`) : t("无权使用令牌指定的分组", "No permission for the token's group")),
  summary: t(
    "new-api 的令牌可以指定一个分组；这个分组必须在令牌所属用户的可用分组里，否则返回 403。",
    "A new-api token may name a group; that group must be among the usable groups of the token's user, otherwise the relay answers 403.",
  ),
  causes: [
    t("令牌选了一个用户无权使用的分组（例如更高等级的分组）", "the token names a group the user may not use (e.g. a higher tier)"),
    t("用户的分组被管理员调整过，旧令牌还指向原来的分组", "the admin changed the user's group and an old token still names the previous one"),
  ],
  solutions: [
    {
      title: t("把令牌的分组改成你可用的分组", "Set the token's group to one you may use"),
      steps: [t("在「令牌管理」页面编辑令牌的分组；需要该分组时请管理员授权。", "Edit the token's group on the token management page; ask the admin if you need that group.")],
    },
    {
      title: t("或者清空令牌的分组设置", "Or clear the token's group"),
      steps: [t("令牌不指定分组时使用用户自己的分组。", "A token without a group uses the user's own group.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [{ text: '403 {"error":{"message":"无权访问 svip 分组","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go" }],
});
