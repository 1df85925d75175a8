import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "linux.bad-interpreter-crlf",
  category: "dependency.missing",
  match: [
    /(?:(?<![^\s:])(?<script>[^\s:]{1,260}): )?(?<interp>\/[\w/.-]{1,100})\^M: bad interpreter: No such file or directory/i,
    /(?<![^\s:])(?<script>[^\s:]{1,260}): bad interpreter: (?<interp>\/[\w/.-]{1,100})\^M: no such file or directory/i,
    /env: '?(?<interp>[\w.-]{1,40})\\r'?: No such file or directory/,
  ],
  title: (c) => t(`脚本${c.g.script ? ` ${c.g.script}` : ""}是 Windows 换行（CRLF），解释器名后面多了 \\r`, `The script${c.g.script ? ` ${c.g.script}` : ""} has Windows (CRLF) line endings, so the interpreter name ends in \\r`),
  summary: (c) =>
    t(
      `^M 就是回车符 \\r。脚本第一行 #! 后面的解释器被读成了 ${ic(`${c.g.interp ?? "/bin/bash"}\\r`)}，这个文件当然不存在。脚本在 Windows 上编辑过，或者在 Windows 上用 core.autocrlf=true 的 git 检出后再拿到 Linux/WSL/容器里运行，就会这样。`,
      `^M is the carriage return \\r. The #! line names the interpreter as ${ic(`${c.g.interp ?? "/bin/bash"}\\r`)}, which does not exist. This happens when the script was edited on Windows, or checked out by git on Windows with core.autocrlf=true and then run in Linux, WSL or a container.`,
    ),
  causes: [
    t("在 Windows 上用 git 克隆（core.autocrlf=true 把 LF 转成了 CRLF），然后在 WSL/Docker 里运行", "cloned with git on Windows (core.autocrlf=true turned LF into CRLF), then run in WSL or Docker"),
    t("用 Windows 编辑器保存时使用了 CRLF 换行", "saved by a Windows editor using CRLF line endings"),
  ],
  solutions: [
    {
      title: t("把脚本转换成 LF 换行", "Convert the script to LF line endings"),
      steps: [t("用 sed 或 dos2unix 去掉行尾的 \\r；编辑器里也可以把换行改成 LF 后保存。", "Strip the trailing \\r with sed or dos2unix; an editor set to LF line endings works too.")],
      code: (c) => {
        const file = c.g.script ?? "script.sh";
        return block("bash", [`sed -i 's/\\r$//' ${shq(file)}`, `# or: dos2unix ${shq(file)}`, `file ${shq(file)}   # should no longer say "with CRLF line terminators"`]);
      },
    },
    {
      title: t("让 git 以后都用 LF 检出脚本", "Make git check scripts out with LF from now on"),
      steps: [t("在仓库里加 .gitattributes，强制 *.sh 使用 LF，并把已有文件按新规则重新规范化后提交；其他人的副本在拉取后就会得到 LF。", "Add a .gitattributes that forces LF for *.sh, renormalise the existing files and commit; other clones get LF once they pull.")],
      code: () => block("bash", ["echo '*.sh text eol=lf' >> .gitattributes", "git add .gitattributes && git add --renormalize .", "git commit -m \"Check out shell scripts with LF\""]),
    },
  ],
  docs: ["https://git-scm.com/docs/gitattributes#_eol", "https://github.com/microsoft/WSL2-Linux-Kernel/issues/133", "https://github.com/alexzaitsev/apk-dependency-graph/issues/11"],
  samples: [
    { text: "$ ./deps.sh\n-bash: ./deps.sh: /bin/bash^M: bad interpreter: No such file or directory", source: "https://github.com/microsoft/WSL2-Linux-Kernel/issues/133" },
    { text: "joelwindows7@JOEL-ROG-GL503GE:~/sauce/simplified/qemu-eos-build$ ./scripts/git-submodule.sh\n-bash: ./scripts/git-submodule.sh: /bin/sh^M: bad interpreter: No such file or directory", source: "https://github.com/reticulatedpines/qemu-eos/issues/3" },
    { text: "./local-process-quickstart.sh: bad interpreter: /bin/bash^M: no such file or directory", source: "https://github.com/microsoft/mindaro/issues/5" },
  ],
});
