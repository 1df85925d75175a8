import { block, defineKnownError, ic, t } from "../../define";

/** Debian/Ubuntu development packages for the headers people hit most (from their distributions' package names). */
// Only mappings a source states; other headers get the generic advice.
const devPackage: Record<string, string> = { "openssl/ssl.h": "libssl-dev", "openssl/opensslv.h": "libssl-dev", "openssl/sha.h": "libssl-dev", "Python.h": "python3-dev" };

export default defineKnownError({
  id: "cpp.missing-header",
  category: "dependency.install",
  match: [/fatal error: (?<header>[\w./+-]{1,150}\.(?:h|hpp|hh|hxx)): No such file or directory/, /fatal error: '(?<header>[\w./+-]{1,150}\.(?:h|hpp|hh|hxx))' file not found/],
  title: (c) => t(`找不到头文件 ${ic(c.g.header ?? "")}：缺少对应的开发包`, `Header ${ic(c.g.header ?? "")} not found: its development package is missing`),
  summary: (c) =>
    t(
      `编译器在包含路径里找不到 ${c.g.header ? ic(c.g.header) : "这个头文件"}。系统库的头文件通常在单独的开发包里（Debian/Ubuntu 叫 -dev，Fedora 叫 -devel）：装了库本身不代表装了头文件。如果库装在非标准位置，还需要用 -I 或 CMake 的 include 目录告诉编译器。`,
      `The compiler could not find ${c.g.header ? ic(c.g.header) : "the header"} on its include path. System library headers usually ship in a separate development package (-dev on Debian/Ubuntu, -devel on Fedora): having the library is not having its headers. If the library lives in a non-standard prefix, point the compiler at it with -I or CMake include directories.`,
    ),
  causes: [
    t("没有安装该库的开发包（libxxx-dev / xxx-devel）", "the library's development package (libxxx-dev / xxx-devel) is not installed"),
    t("库装在自定义前缀下，编译命令没有对应的 -I 或 pkg-config 路径", "the library lives under a custom prefix and the build has no matching -I or pkg-config path"),
  ],
  solutions: [
    {
      title: t("安装提供这个头文件的开发包", "Install the development package that provides the header"),
      steps: [t("Debian/Ubuntu 可以用 apt-file search 头文件路径 找出是哪个包提供的。", "On Debian/Ubuntu, apt-file search <header path> tells which package provides it.")],
      code: (c) => {
        const pkg = c.g.header ? devPackage[c.g.header] : undefined;
        const header = c.g.header && /^[\w./+-]{1,150}$/.test(c.g.header) ? c.g.header : null;
        if (!header) return null;
        return block("bash", [pkg ? `sudo apt-get install -y ${pkg}` : null, "sudo apt-get install -y apt-file && sudo apt-file update", `apt-file search ${header}`]);
      },
    },
  ],
  docs: ["https://github.com/SoftEtherVPN/SoftEtherVPN/issues/185", "https://github.com/adithya2306/scripts/pull/9"],
  samples: [{ text: "/home/ubuntu/hurl-1.7.1/src/core/support/tls_util.cc:35:10: fatal error: openssl/ssl.h: No such file or directory\n #include \"openssl/ssl.h\"\n          ^~~~~~~~~~~~~~~\ncompilation terminated.", source: "https://github.com/Edgio/hurl/issues/18" }],
});
