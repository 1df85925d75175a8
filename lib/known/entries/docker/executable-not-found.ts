import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "docker.executable-not-found",
  category: "dependency.missing",
  match: [
    /OCI runtime (?:create|exec) failed:[^\n]{0,300}?exec: \\?"(?<cmd>[^"\\\n]{1,200})\\?": (?:executable file not found in \$PATH|stat [^\n:]{1,200}: no such file or directory)/,
    /starting container process caused:? \\?"?exec: \\?"(?<cmd>[^"\\\n]{1,200})\\?": executable file not found in \$PATH/,
  ],
  title: (c) =>
    (c.g.cmd ?? "").startsWith("-")
      ? t(`选项 ${c.g.cmd} 被当成了容器里要运行的命令`, `The option ${c.g.cmd} was taken as the command to run in the container`)
      : t(`容器里找不到要运行的命令 ${c.g.cmd ?? ""}`, `The command ${c.g.cmd ?? ""} does not exist inside the container`),
  summary: (c) => {
    const cmd = c.g.cmd ?? "";
    const looksLikeOption = cmd.startsWith("-");
    const shellWord = ["cd", "source", "export"].includes(cmd);
    return t(
      `容器启动（或 docker exec）时，运行时在镜像的 PATH 里找 ${ic(cmd)}，没有找到。${looksLikeOption ? `它以“-”开头，说明选项放错了位置：docker run/exec 的选项（如 -v、-p）必须写在镜像名（或容器名）之前，之后的内容都会被当成要执行的命令。` : shellWord ? `${ic(cmd)} 是 shell 内建命令，不是可执行文件；需要写成 sh -c "..."。` : "要么镜像里没有装这个程序（精简镜像常常连 bash 都没有），要么 CMD/ENTRYPOINT/命令行里的名字或路径写错了，或者文件没有复制进镜像。"}`,
      `When the container started (or on docker exec) the runtime looked for ${ic(cmd)} on the image's PATH and found nothing. ${looksLikeOption ? "It starts with '-', so an option is in the wrong place: docker run/exec options (-v, -p…) must come before the image (or container) name; everything after it is taken as the command." : shellWord ? `${ic(cmd)} is a shell builtin, not a program; wrap it as sh -c "...".` : "Either the image does not contain that program (slim images often have no bash), or the name or path in CMD/ENTRYPOINT/the command line is wrong, or the file was never copied into the image."}`,
    );
  },
  causes: [
    t("镜像里没有这个程序（alpine/distroless 等精简镜像没有 bash、curl 等）", "the image lacks the program (alpine, distroless and other slim images have no bash, curl…)"),
    t("docker run 的参数顺序错了：选项放在镜像名后面，被当成了命令", "docker run arguments are out of order: options after the image name become the command"),
    t("CMD/ENTRYPOINT 写成了一个字符串（如 [\"npm start\"]）或用了相对路径、文件没 COPY 进镜像", "CMD/ENTRYPOINT is one string (like [\"npm start\"]), uses a relative path, or the file was never COPYed"),
  ],
  solutions: [
    {
      title: t("检查镜像里到底有什么", "Check what the image actually contains"),
      steps: [t("用镜像自带的 sh 看看命令在不在、在哪里；没有 bash 就用 sh。", "Use the image's own sh to see whether and where the command exists; use sh when bash is missing.")],
      code: (c) => {
        const raw = c.g.cmd ?? "app";
        const cmd = raw.startsWith("-") ? "app" : raw.replace(/[^\w./-]/g, "") || "app";
        return block("bash", [`docker run --rm --entrypoint sh IMAGE -c 'command -v ${cmd}; echo "PATH=$PATH"'`, "docker exec -it CONTAINER sh"]);
      },
    },
    {
      title: t("把参数顺序和 CMD 写对", "Fix the argument order and CMD"),
      steps: [t("docker run [选项] 镜像 [命令]；exec 形式的 CMD 每个参数单独一项；需要 shell 特性（cd、&&、变量）时用 sh -c。", "docker run [options] image [command]; in exec-form CMD every argument is its own item; use sh -c when you need shell features (cd, &&, variables).")],
      code: () => block("dockerfile", ['CMD ["npm", "start"]', '# needs a shell:', 'CMD ["sh", "-c", "cd /app && ./start.sh"]']),
    },
  ],
  docs: ["https://docs.docker.com/reference/dockerfile/#cmd", "https://github.com/opencontainers/runc/issues/1490", "https://github.com/docker/for-mac/issues/4116"],
  samples: [
    { text: 'docker: Error response from daemon: OCI runtime create failed: container_linux.go:346: starting container process caused "exec: \\"-v\\": executable file not found in $PATH": unknown.', source: "https://github.com/docker/for-mac/issues/4116" },
    { text: 'OCI runtime exec failed: exec failed: container_linux.go:349: starting container process caused "exec: \\"bash\\": executable file not found in $PATH": unknown', source: "https://github.com/Hansuku/egg-docker-template/issues/1" },
    { text: 'docker-compose exec calendso -- npx prisma studio\nOCI runtime exec failed: exec failed: container_linux.go:380: starting container process caused: exec: "--": executable file not found in $PATH: unknown', source: "https://github.com/calcom/docker/issues/7" },
  ],
});
