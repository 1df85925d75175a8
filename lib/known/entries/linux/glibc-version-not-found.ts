import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "linux.glibc-version-not-found",
  category: "unknown",
  match: [/version `GLIBC_(?<ver>[\d.]{1,10})' not found \(required by (?<bin>[^)\n]{1,300})\)/, /version ['`]GLIBC_(?<ver>[\d.]{1,10})['`] not found/],
  title: (c) => t(`程序需要 GLIBC ${c.g.ver ?? ""}，而本机的 glibc 更旧`, `The program needs GLIBC ${c.g.ver ?? ""} and this system's glibc is older`),
  summary: (c) =>
    t(
      `${c.g.bin ? ic(c.g.bin) : "这个程序"}是在 glibc ≥ ${c.g.ver ?? "?"} 的系统上编译的，运行时要求同样或更新的 glibc；当前发行版自带的 glibc 版本更低，动态链接器拒绝加载。glibc 是系统核心库，不能像普通包那样单独升级。`,
      `${c.g.bin ? ic(c.g.bin) : "This program"} was built on a system with glibc ≥ ${c.g.ver ?? "?"} and needs at least that version at run time; this distribution ships an older glibc, so the dynamic loader refuses it. glibc is a core system library and cannot be upgraded on its own like an ordinary package.`,
    ),
  causes: [
    t("下载的预编译二进制/原生扩展是为较新的发行版构建的（如在 Ubuntu 22.04 上构建，拿到 CentOS 7 或 Ubuntu 18.04 上运行）", "a prebuilt binary or native extension was built for a newer distribution (built on Ubuntu 22.04, run on CentOS 7 or Ubuntu 18.04)"),
    t("新版 Node.js/工具链本身要求更新的 glibc（例如 Node 18+ 需要 glibc 2.28）", "a newer Node.js or toolchain itself needs a newer glibc (Node 18+ needs glibc 2.28)"),
  ],
  solutions: [
    {
      title: t("确认本机 glibc 版本和程序的要求", "Compare the system glibc with what the program needs"),
      steps: [t("ldd --version 显示本机 glibc；objdump 列出程序引用的 GLIBC_ 版本。", "ldd --version shows the system glibc; objdump lists the GLIBC_ versions the program references.")],
      code: (c) => block("bash", ["ldd --version | head -1", c.g.bin && /^[\w./-]+$/.test(c.g.bin) ? `objdump -T ${shq(c.g.bin)} | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -3` : null]),
    },
    {
      title: t("换一个匹配的构建，或换运行环境", "Use a matching build, or another runtime environment"),
      steps: [t("下载为旧系统构建的版本（或 musl/静态链接版本），在本机从源码编译，用带新 glibc 的容器运行，或升级操作系统。不要手动替换系统的 libc.so.6，会让整个系统无法启动命令。", "Get a build for older systems (or a musl/static build), compile from source on this machine, run it in a container with a newer glibc, or upgrade the OS. Never replace the system libc.so.6 by hand; it can break every command on the machine.")],
    },
  ],
  docs: ["https://github.com/gophish/gophish/issues/2690", "https://github.com/devld/go-drive/issues/33", "https://github.com/Uberspace/manual/issues/598"],
  samples: [{ text: "/usr/local/bin/rportd: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.28' not found (required by /usr/local/bin/rportd)", source: "https://github.com/realvnc-labs/rport/issues/490" }],
});
