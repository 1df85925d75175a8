import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "linux.unable-to-locate-package",
  category: "dependency.install",
  match: [/E: Unable to locate package (?<pkg>[^\s]{1,120})/, /E: Package '(?<pkg>[\w.+-]{1,120})' has no installation candidate/],
  title: (c) => t(`apt 找不到软件包 ${c.g.pkg}`, `apt cannot find the package ${c.g.pkg}`),
  summary: (c) => {
    const pkg = c.g.pkg ?? "";
    const file = /\.deb$/.test(pkg);
    const word = ["install", "-y", "sudo", "apt", "apt-get"].includes(pkg);
    return t(
      `apt 的本地软件包索引里没有 ${ic(pkg)}。${file ? "这是一个 .deb 文件名：安装本地文件要写成路径，如 sudo apt install ./文件名.deb。" : word ? "这是命令的一部分被当成了包名：检查命令里是否少了换行或多写了 install。" : "最常见的是从没运行过 apt update（Docker 基础镜像和新系统的索引是空的），其次是包名拼错、该包在这个发行版/版本里叫别的名字，或者它来自需要另外添加的软件源（universe、PPA、厂商仓库）。"}`,
      `apt's local package index has no ${ic(pkg)}. ${file ? "That is a .deb file name: install a local file by path, e.g. sudo apt install ./name.deb." : word ? "A piece of the command was taken as a package name: check for a missing line break or a doubled install." : "Most often apt update was never run (Docker base images and fresh systems ship an empty index); next come a misspelt name, a different name on this distribution or release, or a package that lives in a repository you must add first (universe, a PPA, a vendor repo)."}`,
    );
  },
  causes: [
    t("没有先运行 apt-get update（Dockerfile 里 update 和 install 分在了不同的 RUN 层，缓存里的索引已过期或为空）", "apt-get update was not run first (in a Dockerfile, update and install in separate RUN layers leave a stale or empty cached index)"),
    t("包名拼错，或该发行版里的名字不同（如 openssh 应为 openssh-client/openssh-server）", "the name is misspelt or differs on this distribution (openssh is openssh-client/openssh-server)"),
    t("该包在需要额外启用的仓库里（universe、PPA、厂商源），或在此发行版版本中已被移除", "the package sits in a repository that must be enabled (universe, a PPA, a vendor repo), or was dropped from this release"),
  ],
  solutions: [
    {
      title: t("更新索引并搜索正确的包名", "Refresh the index and search for the right name"),
      steps: [t("先 update，再用 apt-cache search 或 apt policy 确认包名和来源。", "Run update first, then confirm the name and origin with apt-cache search or apt policy.")],
      code: (c) => {
        const pkg = (c.g.pkg ?? "PACKAGE").replace(/[^\w.+-]/g, "");
        return block("bash", ["sudo apt-get update", `apt-cache search --names-only ${pkg || "PACKAGE"}`, `apt policy ${pkg || "PACKAGE"}`]);
      },
    },
    {
      title: t("在 Dockerfile 里把 update 和 install 写在同一层", "In a Dockerfile, update and install in the same layer"),
      steps: [t("这样每次安装都用新鲜的索引；需要 universe 等仓库时先用 add-apt-repository 启用。", "That way every install uses a fresh index; enable repositories such as universe with add-apt-repository first.")],
      code: (c) => block("dockerfile", [`RUN apt-get update && apt-get install -y --no-install-recommends ${(c.g.pkg ?? "PACKAGE").replace(/[^\w.+-]/g, "") || "PACKAGE"} \\`, " && rm -rf /var/lib/apt/lists/*"]),
    },
  ],
  docs: ["https://manpages.debian.org/bookworm/apt/apt-get.8.en.html", "https://docs.docker.com/build/building/best-practices/#apt-get", "https://github.com/termux/termux-packages/issues/5226"],
  samples: [
    { text: "apt-get -y install php openssh git wget\nReading package lists... Done\nBuilding dependency tree... Done\nE: Unable to locate package php\nE: Unable to locate package openssh", source: "https://github.com/techchipnet/CamPhish/issues/22" },
    { text: "root@localhost:~# apt install git\nReading package lists... Done\nBuilding dependency tree\nReading state information... Done\nE: Unable to locate package git", source: "https://github.com/termux/termux-packages/issues/5187" },
  ],
});
