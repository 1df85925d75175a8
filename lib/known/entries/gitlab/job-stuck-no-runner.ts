import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "gitlab.job-stuck-no-runner",
  category: "unknown",
  priority: 1,
  match: [
    /This job is stuck,? because (?:you don't have any active runners online(?: or available)? with any of these tags assigned to them: (?<tags>[\w .:-]{1,200})|of one of the following problems[^\n]{0,200}?match all of the job's tags: (?<tags2>[\w .,:-]{1,200}))/,
    /This job is stuck,? because (?:the project doesn't have any runners online assigned to it|you don't have any active runners that can run this job)/,
  ],
  title: (c) => {
    const tags = (c.g.tags ?? c.g.tags2)?.trim();
    return tags ? t(`CI 任务卡住：没有带标签 ${ic(tags)} 的可用 Runner`, `CI job stuck: no available runner with the tags ${ic(tags)}`) : t("CI 任务卡住：没有能接这个任务的 Runner", "CI job stuck: no runner can pick up this job");
  },
  summary: t(
    "GitLab 把任务排进了队列，但没有任何在线、未暂停、且有资格的 Runner 能接：Runner 必须拥有任务 tags 里的全部标签（不是任意一个），要对这个项目可用，任务跑在受保护分支上时还要允许受保护分支。条件不满足时任务会一直停在 pending。",
    "GitLab queued the job but no online, unpaused, eligible runner can take it: a runner must carry all of the job's tags (not just one of them), must be enabled for the project, and must be allowed to run protected branches when the job runs on one. Until that holds the job stays pending.",
  ),
  causes: [
    t("任务的 tags 与 Runner 的标签不完全匹配：任务写了多个标签时，Runner 必须全部具备", "the job's tags do not all match the runner's: with several tags the runner must have every one"),
    t("项目专用 Runner 没有在本项目的 Settings → CI/CD → Runners 里启用，或 Runner 处于暂停/离线状态", "the project runner is not enabled under this project's Settings → CI/CD → Runners, or it is paused/offline"),
    t("任务跑在受保护分支上，而 Runner 设置为只跑受保护分支以外（或相反：Runner 只接受保护分支的任务）", "the job runs on a protected branch and the runner is not allowed to run protected-branch jobs (or the runner is restricted to protected branches)"),
    t("项目或分组关闭了共享 Runner（GitLab.com 上常见）", "shared runners are turned off for the project or group (common on GitLab.com)"),
  ],
  solutions: [
    {
      title: t("对照任务的 tags 和 Runner 的标签", "Compare the job's tags with the runners' tags"),
      steps: [
        t("在 Settings → CI/CD → Runners 查看可用 Runner 及其标签；把 .gitlab-ci.yml 里该任务的 tags 改成某个 Runner 全部具备的标签，或给 Runner 补上缺的标签。", "Under Settings → CI/CD → Runners list the available runners and their tags; change the job's tags in .gitlab-ci.yml to ones a runner has in full, or add the missing tags to the runner."),
        t("如果任务没有 tags，确认 Runner 勾选了 Run untagged jobs。", "If the job has no tags, make sure the runner has Run untagged jobs enabled."),
      ],
    },
    {
      title: t("确认 Runner 在线且对本项目可用", "Make sure a runner is online and enabled for this project"),
      steps: [t("在 Runner 主机上执行 gitlab-runner verify 和 gitlab-runner status 检查注册与运行状态；在项目里启用该 Runner 或打开共享 Runner；受保护分支的任务需要 Runner 未勾选 Protected 限制或允许受保护分支。", "On the runner host run gitlab-runner verify and gitlab-runner status to check registration and service state; enable the runner (or shared runners) for the project; for protected-branch jobs make sure the runner is allowed to run them.")],
    },
  ],
  docs: ["https://gitlab.com/gitlab-org/gitlab-foss/-/issues/52854", "https://gitlab.com/gitlab-org/gitlab/-/issues/336205", "https://gitlab.com/gitlab-org/gitlab/-/issues/21248"],
  samples: [
    {
      text: "This job is stuck because you don't have any active runners online with any of these tags assigned to them: my-tags osx_10-11 xcode_7-2 ios_9-2 Go to Runners page",
      source: "https://gitlab.com/gitlab-org/gitlab/-/issues/29018",
    },
    {
      text: "This job is stuck because of one of the following problems. There are no active runners online, no runners for the protected branch , or no runners that match all of the job's tags: build",
      source: "https://gitlab.com/gitlab-org/gitlab/-/issues/580518",
    },
  ],
});
