import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "yarn.build-failed-yn0009",
  category: "dependency.install",
  match: [/YN0009:[^\n]{0,10}(?<pkg>[@\w./-]{1,100})@[\w:.+-]{1,60} couldn't be built successfully \(exit code (?<code>\d{1,4}), logs can be found here: (?<log>[^)\n]{1,300})\)/],
  title: (c) => t(`Yarn 构建 ${ic(c.g.pkg ?? "依赖")} 失败（YN0009）`, `Yarn could not build ${ic(c.g.pkg ?? "a dependency")} (YN0009)`),
  summary: (c) =>
    t(
      `YN0009（BUILD_FAILED）表示某个依赖的构建脚本（install/postinstall，通常是编译原生模块或下载预编译文件）以非 0 退出；问题一般不在 Yarn 本身。真正的错误写在日志文件 ${c.g.log ? ic(c.g.log) : "里"}，终端里看不到。`,
      `YN0009 (BUILD_FAILED) means a dependency's build script (install/postinstall, usually compiling a native module or downloading a prebuilt binary) exited non-zero; the problem is usually not Yarn itself. The real error is in the log file ${c.g.log ? ic(c.g.log) : ""}, not in the terminal.`,
    ),
  causes: [
    t("原生模块找不到适合这个平台/Node 版本的预编译文件，退回源码编译又缺少编译工具（Python、C++ 编译器、make）", "the native module has no prebuilt binary for this platform/Node version, and compiling from source lacks build tools (Python, a C++ compiler, make)"),
    t("构建脚本要联网下载文件，但处在代理或离线环境中", "the build script downloads files but runs behind a proxy or offline"),
    t("依赖版本太旧，不支持当前的 Node 版本", "the dependency version is too old for the current Node version"),
  ],
  solutions: [
    {
      title: t("先读日志文件里的真正错误", "First read the real error in the log file"),
      steps: [
        (c) => t(`打开 ${c.g.log ? ic(c.g.log) : "YN0009 行给出的日志文件"}，看最后几十行；那才是需要解决的错误（编译器缺失、下载失败、版本不支持）。`, `Open ${c.g.log ? ic(c.g.log) : "the log file named on the YN0009 line"} and read its last lines: that is the error to fix (missing compiler, failed download, unsupported version).`),
        t("CI 里这个临时文件会随任务消失：在同一步里 cat 它，或设置 enableInlineBuilds: true 让构建输出直接打印出来。", "In CI the temporary file disappears with the job: cat it in the same step, or set enableInlineBuilds: true to print build output inline."),
      ],
    },
    {
      title: t("升级依赖或补齐构建环境", "Upgrade the dependency or complete the build environment"),
      steps: [t("优先升级到为当前 Node 提供预编译文件的版本；必须源码编译时，安装 Python 3、C/C++ 编译器和 make。", "Prefer upgrading to a version that ships prebuilt binaries for your Node; if it must compile, install Python 3, a C/C++ compiler and make.")],
    },
  ],
  docs: ["https://yarnpkg.com/advanced/error-codes", "https://yarnpkg.com/configuration/yarnrc"],
  samples: [
    { text: "➤ YN0007: │ sharp@npm:0.32.6 must be built because it never has been before or the last one failed\n➤ YN0009: │ sharp@npm:0.32.6 couldn't be built successfully (exit code 1, logs can be found here: /tmp/xfs-e8095929/build.log)\n➤ YN0000: └ Completed in 0s 510ms", source: "https://github.com/payloadcms/payload/issues/4877" },
  ],
});
