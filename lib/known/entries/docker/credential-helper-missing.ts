import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "docker.credential-helper-missing",
  category: "dependency.missing",
  match: [/error (?:getting|listing|storing) credentials - err: exec: "(?<helper>docker-credential-[\w.-]{1,40})": executable file not found in [$%]PATH%?/],
  title: (c) => t(`找不到 Docker 凭据助手 ${c.g.helper}`, `Docker cannot find its credential helper ${c.g.helper}`),
  summary: (c) =>
    t(
      `~/.docker/config.json 里的 "credsStore"（或 "credHelpers"）让 docker 通过 ${ic(c.g.helper ?? "")} 读写登录信息，但这个程序不在 PATH 里。${c.g.helper === "docker-credential-desktop" ? "它随 Docker Desktop 安装；卸载或换成 Colima/Rancher/原生 Docker 后，配置里这一行还在，就会这样。" : ""}拉取公开镜像也会先查凭据，所以连 docker pull / compose up 都会失败。`,
      `"credsStore" (or "credHelpers") in ~/.docker/config.json tells docker to read and write logins through ${ic(c.g.helper ?? "")}, but that program is not on PATH. ${c.g.helper === "docker-credential-desktop" ? "It ships with Docker Desktop; after uninstalling it or switching to Colima, Rancher or a plain engine the line stays behind. " : ""}Even pulling a public image looks up credentials first, so docker pull and compose up fail too.`,
    ),
  causes: [
    t("卸载了 Docker Desktop（或改用其他引擎），但 config.json 仍写着 \"credsStore\": \"desktop\"", "Docker Desktop was removed (or another engine is used) but config.json still says \"credsStore\": \"desktop\""),
    t("Docker Desktop 的 bin 目录不在当前 shell 的 PATH 里（例如 sudo、IDE 或 CI 的环境）", "Docker Desktop's bin directory is missing from this shell's PATH (sudo, an IDE, CI)"),
  ],
  solutions: [
    {
      title: t("从 config.json 里去掉失效的凭据存储", "Remove the stale credential store from config.json"),
      steps: [t("编辑 ~/.docker/config.json，删除 \"credsStore\" 这一行（或改成本机确实存在的助手，如 osxkeychain、pass），然后重新 docker login。", "Edit ~/.docker/config.json, delete the \"credsStore\" line (or name a helper that exists here, e.g. osxkeychain or pass), then docker login again.")],
      code: (c) => block("bash", ["cat ~/.docker/config.json", `command -v ${c.g.helper ?? "docker-credential-desktop"} || echo "helper not on PATH"`, "# delete the \"credsStore\" line, then:", "docker login"]),
    },
    {
      title: t("或者把助手所在目录加回 PATH", "Or put the helper's directory back on PATH"),
      steps: [t("仍在用 Docker Desktop 时，确认它的 bin 目录（macOS 通常是 /Applications/Docker.app/Contents/Resources/bin）在 PATH 里，或重新安装 Docker Desktop。", "If you still use Docker Desktop, make sure its bin directory (on macOS usually /Applications/Docker.app/Contents/Resources/bin) is on PATH, or reinstall Docker Desktop.")],
      code: () => block("bash", ['export PATH="$PATH:/Applications/Docker.app/Contents/Resources/bin"']),
    },
  ],
  docs: ["https://docs.docker.com/reference/cli/docker/login/#credential-stores", "https://github.com/docker/for-mac/issues/7445", "https://github.com/sfx101/deck/issues/86"],
  samples: [
    { text: " ✘ cadvisor Error                                                                                              5.6s\nerror getting credentials - err: exec: \"docker-credential-desktop\": executable file not found in $PATH, out: ", source: "https://github.com/lux4rd0/grafana-loki-syslog-aio/issues/16" },
    { text: "error getting credentials - err: exec: \"docker-credential-osxkeychain\": executable file not found in $PATH, out: ``", source: "https://github.com/rancher-sandbox/rancher-desktop/issues/9516" },
  ],
});
