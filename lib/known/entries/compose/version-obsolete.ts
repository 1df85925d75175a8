import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "compose.version-obsolete",
  category: "tool.container",
  match: [/(?<![\w./~-])(?<file>[\w./~-]{0,200}\.ya?ml): (?:the attribute )?`version` is obsolete/, "`version` is obsolete"],
  title: t("compose 文件里的 version 字段已过时（只是警告）", "The compose file's `version` field is obsolete (a warning only)"),
  summary: (c) =>
    t(
      `Compose V2 遵循 Compose Specification，顶层 version 字段只为向后兼容保留、不再起作用，Compose 总是用最新的 schema 校验文件，所以它打印这条警告${c.g.file ? `（文件 ${ic(c.g.file)}）` : ""}。这不是失败原因；如果命令失败了，真正的错误在后面几行。`,
      `Compose V2 follows the Compose Specification: the top-level version field is kept only for backward compatibility and has no effect, and Compose always validates with the newest schema, so it prints this warning${c.g.file ? ` (file ${ic(c.g.file)})` : ""}. It is not why anything failed; if the command failed, the real error is further down.`,
    ),
  causes: [t("docker-compose.yml 仍以 version: \"3.x\" 之类的行开头（旧版 compose 文件格式的写法）", "docker-compose.yml still starts with a line like version: \"3.x\" from the old compose file formats")],
  solutions: [
    {
      title: t("删除 compose 文件开头的 version 行", "Delete the version line at the top of the compose file"),
      steps: [
        t("删掉顶层的 version: 行即可，其余内容不用改；警告随之消失。", "Remove the top-level version: line; nothing else needs to change and the warning goes away."),
        t("如果命令确实失败了，继续往下读输出里的 ERROR / Error response from daemon 行，那才是原因。", "If the command did fail, read on to the ERROR / Error response from daemon line in the output; that is the cause."),
      ],
    },
    {
      title: t("确认 Compose 版本并查看完整输出", "Check the Compose version and read the full output"),
      steps: [t("docker compose version 显示当前 Compose（V2）版本；这条警告之后如果还有 Error/ERROR 行，按那一行排查，version 字段本身不会导致失败。", "docker compose version shows the Compose (V2) version; if an Error/ERROR line follows this warning, troubleshoot that line — the version field itself never makes a command fail.")],
    },
  ],
  docs: ["https://docs.docker.com/reference/compose-file/version-and-name", "https://github.com/compose-spec/compose-spec/blob/main/spec.md#version-top-level-element-obsolete"],
  samples: [
    { text: "WARN[0000] /srv/tobira/util/containers/docker-compose.yml: `version` is obsolete", source: "https://github.com/elan-ev/tobira/commit/24fb5efbfb52dd9ebd781721a870784eb112df8d" },
  ],
});
