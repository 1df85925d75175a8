import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.group-deprecated",
  category: "auth.forbidden",
  match: [/分组\s{0,2}(?<group>[^\s已]{1,60})\s{0,2}已被弃用/],
  title: (c) => t(`令牌指定的分组 ${ic(c.g.group ?? "?")} 已被管理员移除`, `The token's group ${ic(c.g.group ?? "?")} was removed by the admin`),
  summary: t(
    "令牌指定的分组已经不在中转站的分组倍率列表里（管理员删除或改名了它），new-api 拒绝使用这个分组（403）。",
    "The group named by the token is no longer in the relay's group ratio list (the admin removed or renamed it), so new-api refuses it (403).",
  ),
  causes: [t("管理员删除或重命名了这个分组，令牌还在用旧名字", "the admin deleted or renamed the group and the token still uses the old name")],
  solutions: [
    {
      title: t("给令牌换一个现有的分组", "Move the token to an existing group"),
      steps: [t("在「令牌管理」页面把令牌的分组改成当前可用的分组（或留空使用用户默认分组）。", "On the token management page, set the token's group to a current one (or leave it empty to use the user's default group).")],
    },
    {
      title: t("向管理员确认现在可用的分组", "Ask the admin which groups exist now"),
      steps: [t("分组由管理员在分组倍率设置里维护。", "Groups are maintained by the admin in the group ratio settings.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go"],
  samples: [{ text: '403 {"error":{"message":"分组 vip-old 已被弃用","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go" }],
});
