import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "gitlab.protected-branch-push",
  category: "tool.git",
  priority: 1,
  match: [/GitLab: You are not allowed to (?<force>force )?push code to (?:a )?protected branch(?:es)? on this project/],
  title: (c) => (c.g.force ? t("GitLab 禁止向受保护分支强制推送", "GitLab forbids force-pushing to a protected branch") : t("没有向 GitLab 受保护分支推送的权限", "No permission to push to a protected GitLab branch")),
  summary: (c) =>
    c.g.force
      ? t(
          "目标分支在 GitLab 里是受保护分支。受保护分支默认任何人都不能强制推送（force push），角色再高也一样，除非维护者在分支保护规则里打开 Allowed to force push。",
          "The target branch is protected in GitLab. By default no one may force-push to a protected branch, whatever their role, unless a maintainer turns on Allowed to force push in the branch's protection rule.",
        )
      : t(
          "目标分支（常见是 main/master）在 GitLab 里是受保护分支，只有规则中 Allowed to push 列出的角色或用户能直接推送；你的角色（如 Developer）不在其中，于是 pre-receive 钩子拒绝了推送。",
          "The target branch (usually main/master) is protected in GitLab: only the roles or users listed under Allowed to push may push to it directly. Your role (for example Developer) is not among them, so the pre-receive hook rejected the push.",
        ),
  causes: [
    t("分支保护规则的 Allowed to push 只允许 Maintainer（或 No one），而你的角色更低", "the rule's Allowed to push lists only Maintainers (or No one) and your role is lower"),
    t("用了 git push --force / --force-with-lease，而受保护分支默认禁止强制推送", "git push --force / --force-with-lease was used; protected branches forbid force pushes by default"),
    t("CI 任务或部署令牌以权限不足的身份推送", "a CI job or deploy token pushes as an identity without push rights"),
  ],
  solutions: [
    {
      title: t("推到自己的分支，再发合并请求", "Push to your own branch and open a merge request"),
      steps: [
        t("这是受保护分支的本意：把提交推到新分支，然后在 GitLab 上创建 Merge Request 合入目标分支。", "This is what protection is for: push the commits to a new branch, then open a merge request into the target branch."),
      ],
      code: () => block("bash", ['BRANCH="fix/$(date +%Y%m%d-%H%M)"', 'git switch -c "$BRANCH"', 'git push -u origin "$BRANCH"']),
    },
    {
      title: t("或者请维护者调整分支保护规则", "Or ask a maintainer to change the protection rule"),
      steps: [
        (c) =>
          c.g.force
            ? t(`维护者可在 Settings → Repository → Protected branches 为该分支打开 Allowed to force push；用完建议再关掉。`, `A maintainer can turn on Allowed to force push for the branch under Settings → Repository → Protected branches; turn it off again afterwards.`)
            : t(`维护者可在 Settings → Repository → Protected branches 把你的角色加入 Allowed to push，或临时取消保护。`, `A maintainer can add your role to Allowed to push under Settings → Repository → Protected branches, or unprotect the branch for a while.`),
      ],
    },
  ],
  docs: ["https://gitlab.com/gitlab-org/gitlab/-/commit/ba76300cc2f9ae357607038087ea583b69f5c94e", "https://gitlab.com/gitlab-org/gitlab-foss/-/issues/20550"],
  samples: [
    {
      text: "remote: GitLab: You are not allowed to force push code to a protected branch on this project.\n ! [remote rejected] main -> main (pre-receive hook declined)",
      source: "https://gitlab.com/gitlab-org/gitlab-foss/-/issues/20550",
    },
    {
      text: "remote: GitLab: You are not allowed to push code to protected branches on this project.\nTo ssh://git.kinetc.net:27050/2021-11566_assignment/pp-assignment-4\n ! [remote rejected] main -> main (pre-receive hook declined)\nerror: failed to push some refs to 'ssh://git.kinetc.net:27050/2021-11566_assignment/pp-assignment-4'",
      source: "https://github.com/snu-sf-class/pp202302/issues/63",
    },
  ],
});
