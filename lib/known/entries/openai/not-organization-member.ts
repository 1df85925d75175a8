import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai.not-organization-member",
  category: "auth.forbidden",
  match: ["You must be a member of an organization to use the API"],
  title: t("账户不属于任何 OpenAI 组织", "The account is not a member of any OpenAI organization"),
  summary: t(
    "OpenAI API 的 Key 和额度都挂在组织（organization）下；这个账户目前不属于任何组织，所以 Key 无法使用。",
    "OpenAI API keys and credit live under an organization; this account currently belongs to none, so its key cannot be used.",
  ),
  causes: [
    t("你离开了原来的组织，或被管理员移出", "you left your previous organization or were removed from it"),
    t("原来的组织已被删除", "the organization was deleted"),
  ],
  solutions: [
    {
      title: t("加入或新建一个组织", "Join or create an organization"),
      steps: [
        t("请组织管理员在 Members 页面重新邀请你，接受邀请后在该组织下创建新 Key。", "Ask an organization owner to invite you from the Members page; after accepting, create a new key in that organization."),
        t("没有可加入的组织时，通过 help.openai.com 联系 OpenAI 申请新组织。", "If there is none to join, contact OpenAI through help.openai.com for a new organization."),
      ],
    },
    { title: t("加入后在新组织里重新创建 Key", "Create a new key in the new organization"), steps: [t("旧组织的 Key 不会自动迁移；加入新组织后在其中创建 Key，替换 OPENAI_API_KEY。", "Keys do not move between organizations; after joining, create a key there and replace OPENAI_API_KEY.")] },
  ],
  docs: ["https://developers.openai.com/docs/guides/error-codes", "https://help.openai.com/en/articles/6891827-error-code-404-you-must-be-a-member-of-an-organization-to-use-the-api"],
  samples: [
    {
      text: "HTTP 401 - You must be a member of an organization to use the API",
      source: "https://developers.openai.com/docs/guides/error-codes",
    },
  ],
});
