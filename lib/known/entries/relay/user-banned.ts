import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.user-banned",
  category: "auth.forbidden",
  match: [/用户已被封禁/, /\bUser has been banned\b/],
  title: t("令牌所属的中转站用户已被封禁", "The relay user owning this token is banned"),
  summary: t(
    "令牌本身有效，但它所属的用户在中转站里被禁用了；new-api / one-api 对被禁用户的所有令牌一律返回 403。",
    "The token itself is valid, but the user who owns it is disabled on the relay; new-api / one-api answers 403 for every token of a banned user.",
  ),
  causes: [t("管理员在「用户管理」里禁用了该用户", "an admin disabled the user in User Management")],
  solutions: [
    {
      title: t("请中转站管理员启用该用户", "Ask the relay's admin to re-enable the user"),
      steps: [t("只有管理员能在「用户管理」里把用户状态改回启用；换令牌没有用，同一用户的令牌都会被拒绝。", "Only an admin can set the user back to enabled in User Management; a different token of the same user is refused too.")],
    },
    {
      title: t("确认是否违反了站点规则", "Check whether a site rule was broken"),
      steps: [t("被封禁通常与站点的使用规则有关，请联系运营方了解原因。", "Bans usually relate to the site's usage rules; ask the operator why.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/middleware/auth.go", "https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go"],
  samples: [{ text: '403 {"error":{"message":"用户已被封禁","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/middleware/auth.go" }],
});
