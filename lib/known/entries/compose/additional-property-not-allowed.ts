import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "compose.additional-property-not-allowed",
  category: "tool.container",
  priority: 1,
  match: [/(?<where>\(root\)|services\.[\w.-]{1,100}|volumes|networks|[\w.-]{1,100}) Additional property (?<prop>[\w.-]{1,100}) is not allowed/],
  title: (c) => t(`Compose 文件里 ${ic(c.g.where ?? "")} 下不允许出现 ${ic(c.g.prop ?? "")}`, `The Compose file does not allow ${ic(c.g.prop ?? "")} under ${ic(c.g.where ?? "")}`),
  summary: (c) => {
    const where = c.g.where ?? "";
    const prop = c.g.prop ?? "";
    if (where === "(root)")
      return t(
        `Compose 按 Compose Specification 校验文件，顶层只允许 services、networks、volumes、configs、secrets 等少数键；${ic(prop)} 出现在顶层，通常是漏写了 services: 或缩进错了，把服务写到了顶层。`,
        `Compose validates the file against the Compose Specification, which allows only a few top-level keys (services, networks, volumes, configs, secrets, …). ${ic(prop)} sits at the top level, usually because services: is missing or the indentation put a service at the top level.`,
      );
    return t(
      `Compose 校验文件时，在 ${ic(where)} 下遇到了它不认识的键 ${ic(prop)}：要么是缩进把别的块（或拼写错误的键）放进了这里，要么这个键比当前 Compose 版本新（例如 develop 要 Compose 2.22 以上）。`,
      `While validating the file Compose found the key ${ic(prop)} under ${ic(where)} and does not know it there: either the indentation moved another block (or a misspelt key) into it, or the key is newer than this Compose version (develop, for example, needs Compose 2.22 or later).`,
    );
  },
  causes: [
    t("缩进错误：服务写在了顶层（缺少 services:），或顶层的 volumes:/networks: 缩进进了 services 里", "indentation: services written at the top level (no services:), or the top-level volumes:/networks: indented under services"),
    t("键名拼错（如 image 写成 images、environment 写错）", "a misspelt key (images instead of image, a typo in environment)"),
    t("用了当前 Compose 版本还不支持的新键（如 develop/watch 需要 Compose 2.22+）", "a key newer than the installed Compose (develop/watch needs Compose 2.22+)"),
  ],
  solutions: [
    {
      title: t("用 docker compose config 定位并修正缩进或键名", "Find the spot with docker compose config and fix the indentation or key"),
      steps: [t("对照报错里的路径检查那一层：服务必须在 services: 下，volumes:/networks: 必须和 services: 同级；修改后用 docker compose config 验证，能打印出完整配置就说明通过了校验。", "Check the level named in the error: services must sit under services:, and volumes:/networks: at the same level as services:. Validate with docker compose config; it prints the full configuration once the file passes.")],
      code: () => block("bash", ["docker compose version", "docker compose config --quiet && echo valid"]),
    },
    {
      title: t("键本身正确时，升级 Docker Compose", "If the key is right, upgrade Docker Compose"),
      steps: [(c) => t(`用 docker compose version 查看版本；${ic(c.g.prop ?? "")} 若是较新的字段，升级 Docker Desktop 或 docker-compose-plugin 后即可识别。`, `Check docker compose version; if ${ic(c.g.prop ?? "")} is a newer field, upgrading Docker Desktop or docker-compose-plugin makes it known.`)],
    },
  ],
  docs: ["https://github.com/docker/getting-started-todo-app/issues/22", "https://github.com/docker/multi-container-app/pull/16", "https://github.com/docker/docs/issues/16129"],
  samples: [
    { text: "$ docker compose up\nservices.mongo-expres Additional property images is not allowed", source: "https://github.com/docker/docs/issues/4303" },
    { text: "Error: (root) Additional property db is not allowed", source: "https://github.com/microsoft/vscode-docker/issues/3116" },
  ],
});
