import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "linux.exec-format-binary",
  category: "unknown",
  match: [/(?<![\w./-])(?<bin>[\w./-]{1,200}): cannot execute binary file: Exec format error/, "cannot execute binary file"],
  title: (c) => (c.g.bin ? t(`${ic(c.g.bin)} 不是本机 CPU/系统能执行的程序`, `${ic(c.g.bin)} is not a binary this CPU/OS can run`) : t("这个文件不是本机能执行的程序格式", "This file is not in a format this machine can execute")),
  summary: t(
    "内核无法执行这个文件：它是为另一种 CPU 架构（如 x86_64 与 arm64）或另一种操作系统（如 macOS、Windows 的可执行文件）构建的，或者根本不是完整的可执行文件（下载不完整、是压缩包或 HTML 错误页）。",
    "The kernel cannot execute this file: it was built for another CPU architecture (x86_64 versus arm64) or another OS (a macOS or Windows executable), or it is not a complete executable at all (a truncated download, an archive, an HTML error page).",
  ),
  causes: [
    t("下载了错误架构的发行包（amd64/arm64/armv7 选错）", "the release asset for the wrong architecture was downloaded (amd64/arm64/armv7 mixed up)"),
    t("下载的是 macOS（Mach-O）或 Windows（PE）版本", "the macOS (Mach-O) or Windows (PE) build was downloaded"),
    t("文件损坏：curl 保存的是重定向/错误页面，或下载不完整", "a corrupt file: curl saved a redirect or error page, or the download is incomplete"),
  ],
  solutions: [
    {
      title: t("用 file 查看文件实际是什么", "Check what the file really is with file"),
      steps: [t("file 会显示 ELF 的架构（x86-64 / ARM aarch64）或 Mach-O / PE / HTML；与 uname -m 对比后下载对应的版本。", "file shows the ELF architecture (x86-64 / ARM aarch64) or Mach-O / PE / HTML; compare with uname -m and download the matching build.")],
      code: (c) => block("bash", [c.g.bin ? `BINARY=${shq(c.g.bin)}` : 'BINARY="${BINARY:?set BINARY to the file}"', "uname -m", 'file "$BINARY"']),
    },
    {
      title: t("下载与本机架构匹配的发行包", "Download the release that matches this machine"),
      steps: [t("x86_64 选 amd64/x86_64 包，aarch64 选 arm64 包，armv7l 选 armv7/armhf 包；下载后再用 file 确认是 ELF 可执行文件。", "Pick amd64/x86_64 for x86_64, arm64 for aarch64, and armv7/armhf for armv7l; after downloading, confirm with file that it is an ELF executable.")],
    },
  ],
  docs: ["https://docs.docker.com/build/building/multi-platform/", "https://github.com/kubernetes/node-problem-detector/issues/797"],
  samples: [{ text: "bash: ./node_exporter: cannot execute binary file: Exec format error", source: "https://github.com/kubernetes/node-problem-detector/issues/797" }],
});
