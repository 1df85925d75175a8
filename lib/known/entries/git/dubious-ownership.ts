import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "git.dubious-ownership",
  category: "tool.git",
  match: [/detected dubious ownership in repository at '(?<dir>[^'\n]{1,300})'/, "detected dubious ownership in repository"],
  title: (c) => (c.g.dir ? t(`仓库 ${ic(c.g.dir)} 的属主不是当前用户，git 拒绝使用`, `Git refuses ${ic(c.g.dir)}: it is owned by another user`) : t("仓库属主不是当前用户，git 拒绝使用", "Git refuses the repository: it is owned by another user")),
  summary: t(
    "为修复 CVE-2022-24765，Git 2.35.2 起会拒绝在属主不是当前用户的目录里运行，除非该目录列在 safe.directory 中。容器里挂载的代码、CI 的工作区、Windows 上由管理员创建的目录最常触发它。",
    "Since Git 2.35.2 (the fix for CVE-2022-24765) git refuses to work in a repository owned by a different user unless the directory is listed in safe.directory. Code mounted into containers, CI workspaces and directories created by an administrator on Windows trigger it most.",
  ),
  causes: [
    t("容器/CI 中以 root 或另一个 uid 运行 git，而工作区文件属于宿主机用户", "git runs as root or another uid in a container/CI while the workspace belongs to the host user"),
    t("用 sudo 操作了普通用户的仓库，或反过来", "a user's repository is used under sudo, or the other way round"),
    t("Windows 上目录属主是 Administrators 组而不是当前账号", "on Windows the directory is owned by the Administrators group, not the current account"),
  ],
  solutions: [
    {
      title: t("只把这个目录加入 safe.directory（以运行 git 的那个用户）", "Add just this directory to safe.directory (as the user that runs git)"),
      steps: [
        t("必须用实际运行 git 的用户执行（容器里就在容器内执行），否则写进的是别人的 ~/.gitconfig，不起作用。", "Run it as the user that actually runs git (inside the container for containers); otherwise it lands in someone else's ~/.gitconfig and has no effect."),
      ],
      code: (c) => (c.g.dir ? block("bash", [`git config --global --add safe.directory ${shq(c.g.dir)}`, "git config --global --get-all safe.directory"]) : null),
    },
    {
      title: t("或者让文件属主与运行 git 的用户一致", "Or make the files owned by the user that runs git"),
      steps: [t("在容器里用与宿主机相同的 uid 运行，或把工作区 chown 给当前用户；这样不需要任何例外。", "Run the container with the host's uid, or chown the workspace to the current user; then no exception is needed.")],
    },
  ],
  docs: ["https://git-scm.com/docs/git-config#Documentation/git-config.txt-safedirectory", "https://github.blog/2022-04-12-git-security-vulnerability-announced/#cve-2022-24765"],
  samples: [
    { text: "fatal: detected dubious ownership in repository at '/local/.git'\nTo add an exception for this directory, call:\n\n\tgit config --global --add safe.directory /local/.git", source: "https://github.com/trezor/trezor-firmware/pull/4972" },
  ],
});
