import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "git.not-a-repository",
  category: "tool.git",
  match: [/fatal: [Nn]ot a git repository(?: \(or any (?:of the )?parent director(?:y|ies)\))?(?:: (?<dir>[^\n]{1,200}))?/, "fatal: 不是 git 仓库"],
  title: t("当前目录不在任何 git 仓库里", "The current directory is not inside a git repository"),
  summary: t(
    "git 从当前目录一路往上找 .git 目录，一直找到根目录都没找到。通常是终端停在了错误的目录（比如家目录，而不是项目目录），或者项目是以压缩包下载的、根本没有 .git。",
    "git looked for a .git directory from here up to the filesystem root and found none. Usually the terminal is in the wrong directory (the home directory instead of the project), or the project was downloaded as a zip and has no .git at all.",
  ),
  causes: [
    t("没有先 cd 进项目目录（或者 clone 出来的是它的子目录）", "you did not cd into the project (the clone is a subdirectory)"),
    t("项目是下载的 zip/tar 包，不是 git clone 的", "the project came from a zip/tar download, not git clone"),
    t("脚本或构建在没有 .git 的目录里调用 git（例如 Docker 构建上下文里排除了 .git）", "a script or build calls git where no .git exists (e.g. .git excluded from the Docker build context)"),
  ],
  solutions: [
    {
      title: t("进入仓库所在目录再执行", "Run the command inside the repository"),
      steps: [t("确认当前位置，然后 cd 到含有 .git 的项目根目录。", "Check where you are, then cd to the project root that contains .git.")],
      code: () => block("bash", ["pwd", "ls -a          # is there a .git here?", "cd path/to/project", "git rev-parse --show-toplevel"]),
    },
    {
      title: t("没有仓库：重新 clone，或新建一个", "No repository: clone it, or create one"),
      steps: [t("代码来自远程仓库就用 git clone 取一份带历史的副本；自己的新项目则 git init（git init 后立即 git log 会提示还没有提交，先提交一次即可）。", "If the code lives in a remote repository, git clone it to get the history; for a new project of your own run git init (and make a first commit before commands that need HEAD).")],
      code: () => block("bash", ["git clone https://github.com/OWNER/REPO.git", "# or, for a new project", "git init && git add -A && git commit -m \"Initial commit\""]),
    },
  ],
  docs: ["https://git-scm.com/docs/git-init", "https://git-scm.com/docs/git-rev-parse", "https://github.com/susanBuck/e2-fall19/issues/70"],
  samples: [
    { text: 'C:\\Users\\admin\nλ git add --all\nfatal: not a git repository (or any of the parent directories): .git', source: "https://github.com/susanBuck/e2-fall19/issues/40" },
    { text: "$ git submodule update --init --recursive\nfatal: 不是 git 仓库（或者任何父目录）：.git", source: "https://github.com/viswavi/datafinder/issues/2" },
  ],
});
