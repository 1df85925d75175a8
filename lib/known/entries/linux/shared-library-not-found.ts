import { block, defineKnownError, ic, shq, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "linux.shared-library-not-found",
  category: "dependency.missing",
  // Entries for a named library (libGL, CUDA runtimes) outrank this one.
  priority: -1,
  match: [
    /(?<prog>[\w./+-]{1,200}): error while loading shared libraries: (?<lib>[^\s:]{1,200}): cannot open shared object file/,
    /error while loading shared libraries: (?<lib>[^\s:]{1,200}): cannot open shared object file/,
  ],
  title: (c) => (c.g.lib ? t(`动态链接器找不到共享库 ${ic(c.g.lib)}`, `The dynamic linker cannot find the shared library ${ic(c.g.lib)}`) : t("动态链接器找不到共享库", "The dynamic linker cannot find a shared library")),
  summary: (c) =>
    t(
      `程序启动时，Linux 的动态链接器（ld.so）要加载它依赖的${c.g.lib ? ` ${ic(c.g.lib)}` : "共享库"}，但在 LD_LIBRARY_PATH、/etc/ld.so.cache 和默认目录（/lib、/usr/lib）里都没找到，程序还没开始执行就退出了。`,
      `When the program starts, Linux's dynamic linker (ld.so) must load the shared library${c.g.lib ? ` ${ic(c.g.lib)}` : ""} it depends on, but finds it neither in LD_LIBRARY_PATH, nor in /etc/ld.so.cache, nor in the default directories (/lib, /usr/lib), so the program exits before it runs.`,
    ),
  causes: [
    t("库所在的软件包没有安装（或装的是另一个主版本，文件名末尾的 .so.N 不同）", "the package that provides the library is not installed (or a different major version is, with another .so.N suffix)"),
    t("库是自己编译安装的（常在 /usr/local/lib），安装后没有运行 ldconfig，或该目录不在 /etc/ld.so.conf 里", "the library was built and installed by hand (often into /usr/local/lib) and ldconfig was not run afterwards, or that directory is not listed in /etc/ld.so.conf"),
    t("库在一个非标准目录里，而运行程序的环境没有设置 LD_LIBRARY_PATH", "the library sits in a non-standard directory and the environment running the program does not set LD_LIBRARY_PATH"),
  ],
  solutions: [
    {
      title: t("用 ldd 列出缺少的库，再安装提供它的软件包", "List the missing libraries with ldd, then install the package that provides them"),
      steps: [
        t("ldd 会对每个找不到的库打印 “not found”。在 Debian/Ubuntu 上可以用 apt-file search 按文件名查软件包，在 Fedora/RHEL 上用 dnf provides。", "ldd prints “not found” for each library it cannot resolve. On Debian/Ubuntu, apt-file search finds the package by file name; on Fedora/RHEL use dnf provides."),
      ],
      code: (c) => {
        const prog = c.g.prog && !c.g.prog.includes("/") ? `"$(command -v ${c.g.prog})"` : c.g.prog ? shq(c.g.prog) : null;
        return block("bash", [prog ? `ldd ${prog} | grep 'not found'` : null, c.g.lib ? `apt-file search ${shq(c.g.lib)}` : null]);
      },
    },
    {
      title: t("库已经在磁盘上：刷新链接器缓存或告诉它目录", "The library is on disk: refresh the linker cache or tell it the directory"),
      steps: [
        t("把库所在目录写进 /etc/ld.so.conf.d/ 下的一个 .conf 文件，再以 root 运行 ldconfig；临时方案是在运行前 export LD_LIBRARY_PATH=该目录。", "Add the library's directory to a .conf file under /etc/ld.so.conf.d/ and run ldconfig as root; as a stopgap, export LD_LIBRARY_PATH=that directory before running."),
      ],
    },
    ...categorySolutions("dependency.missing"),
  ],
  docs: ["https://man7.org/linux/man-pages/man8/ld.so.8.html", "https://man7.org/linux/man-pages/man8/ldconfig.8.html", "https://github.com/GrammarSoft/cg3/issues/94"],
  samples: [
    { text: "$ faup\nfaup: error while loading shared libraries: libfaupl.so.1: cannot open shared object file: No such file or directory", source: "https://github.com/stricaud/faup/pull/31" },
  ],
});
