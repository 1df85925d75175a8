import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "docker.build-file-not-found",
  category: "tool.container",
  match: [/failed to (?:compute cache key: failed to )?calculate checksum of ref [\w:-]{1,120}: "(?<path>[^"\n]{1,300})": not found/],
  title: (c) => t(`构建上下文里找不到 ${ic(c.g.path ?? "")}`, `${ic(c.g.path ?? "")} is not in the build context`),
  summary: (c) =>
    t(
      `Dockerfile 的 COPY/ADD 要复制 ${ic(c.g.path ?? "")}，但 BuildKit 在发送给它的构建上下文里找不到这个路径。COPY 的源路径总是相对于构建上下文目录（docker build 最后的那个参数，或 compose 的 build.context），而不是 Dockerfile 所在目录。`,
      `COPY/ADD in the Dockerfile wants ${ic(c.g.path ?? "")}, but BuildKit cannot find that path in the build context it received. COPY sources are always relative to the build context (the last argument of docker build, or compose's build.context), not to the Dockerfile's directory.`,
    ),
  causes: [
    t("文件被 .dockerignore 排除了（最常见）", "the file is excluded by .dockerignore (most common)"),
    t("构建上下文目录不对：Dockerfile 在子目录，而上下文是另一个目录", "the build context is the wrong directory: the Dockerfile lives in a subdirectory and the context is elsewhere"),
    t("文件需要先生成（如 build/、target/*.jar、dist/），而 CI 里还没有执行那一步", "the file has to be produced first (build/, target/*.jar, dist/) and CI has not run that step yet"),
    t("用了绝对路径或 ../ 指向上下文之外", "an absolute path or ../ points outside the context"),
  ],
  solutions: [
    {
      title: t("检查 .dockerignore 和构建上下文", "Check .dockerignore and the build context"),
      steps: [t("确认路径相对于上下文目录存在，且没有被 .dockerignore 的规则匹配；compose 里核对 build.context 和 build.dockerfile。", "Make sure the path exists relative to the context directory and no .dockerignore rule matches it; in compose check build.context and build.dockerfile.")],
    },
    {
      title: t("先生成产物，或在镜像里构建它", "Produce the artifact first, or build it inside the image"),
      steps: [t("在 docker build 之前运行打包命令；更稳妥的是用多阶段构建，在镜像的构建阶段里生成它再 COPY --from。", "Run the packaging step before docker build; more robust is a multi-stage build that produces it in a build stage and COPY --from it.")],
    },
  ],
  docs: ["https://github.com/moby/buildkit/issues/2104", "https://github.com/docker/compose/issues/12028"],
  samples: [{ text: "#11 ERROR: failed to calculate checksum of ref myqym481qat9c5pqba15t56et::i8w3idij32ozqgi9hdlvjd4vo: \"/doc/tutorials/planning_around_objects/hello_moveit.cpp\": not found", source: "https://github.com/moveit/moveit2_tutorials/issues/737" }],
});
