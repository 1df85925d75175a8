import { block, defineKnownError, ic, t } from "../../define";

/** Debian/Ubuntu development packages that ship the unversioned lib<name>.so the linker looks for. */
// Only mappings a source states; other libraries get the generic advice.
const devPackage: Record<string, string> = { ssl: "libssl-dev", crypto: "libssl-dev" };

export default defineKnownError({
  id: "cpp.ld-cannot-find-library",
  category: "build.compile",
  match: [/(?:\/ld|ld\.lld|ld\.bfd|ld\.gold|\bld)(?:\.exe)?: (?:error: )?(?:cannot find|unable to find library) -l(?<lib>[\w.+-]{1,80})/],
  title: (c) => t(`链接器找不到库 ${ic(`-l${c.g.lib ?? ""}`)}`, `The linker cannot find ${ic(`-l${c.g.lib ?? ""}`)}`),
  summary: (c) =>
    t(
      `链接参数 ${ic(`-l${c.g.lib ?? "…"}`)} 要求链接器在库搜索路径里找到 ${ic(`lib${c.g.lib ?? "…"}.so`)} 或 ${ic(`lib${c.g.lib ?? "…"}.a`)}，但没找到。Debian/Ubuntu 上运行时包只带 lib${c.g.lib ?? "…"}.so.N，链接用的不带版本号的 .so 链接在 -dev 开发包里，所以“库已经装了”也会报这个错。库装在自定义位置时需要用 -L 或 pkg-config 给出路径。`,
      `The flag ${ic(`-l${c.g.lib ?? "…"}`)} asks the linker for ${ic(`lib${c.g.lib ?? "…"}.so`)} or ${ic(`lib${c.g.lib ?? "…"}.a`)} on its library search path, and neither was found. On Debian/Ubuntu the runtime package only ships lib${c.g.lib ?? "…"}.so.N; the unversioned .so the linker uses is in the -dev package, so this happens even when "the library is installed". A library in a custom prefix needs its directory passed with -L or via pkg-config.`,
    ),
  causes: [
    t("没装这个库的开发包（libxxx-dev / xxx-devel）", "the library's development package (libxxx-dev / xxx-devel) is not installed"),
    t("库装在 /usr/local 或自定义前缀下，链接命令没有对应的 -L", "the library lives under /usr/local or a custom prefix and the link command has no matching -L"),
    t("只有 32 位或别的架构的库，或只有带版本号的 .so.N 没有 .so 链接", "only a 32-bit or other-architecture copy exists, or only the versioned .so.N without the .so link"),
  ],
  solutions: [
    {
      title: t("安装带有这个库 .so 文件的开发包", "Install the development package that ships the library's .so file"),
      steps: [t("Fedora/RHEL 上包名是 xxx-devel；apt-file 能查出哪个包提供这个文件。", "On Fedora/RHEL the package is named xxx-devel; apt-file tells which package ships the file.")],
      code: (c) => {
        const lib = c.g.lib && /^[\w.+-]{1,80}$/.test(c.g.lib) ? c.g.lib : null;
        if (!lib) return null;
        const pkg = devPackage[lib];
        return block("bash", [pkg ? `sudo apt-get install -y ${pkg}` : null, `ldconfig -p | grep 'lib${lib}\\.'`, "sudo apt-get install -y apt-file && sudo apt-file update", `apt-file search lib${lib}.so`]);
      },
    },
  ],
  docs: ["https://sourceware.org/binutils/docs/ld/Options.html", "https://www.debian.org/doc/debian-policy/ch-sharedlibs.html", "https://github.com/ReclaimYourPrivacy/eschalot/issues/31"],
  samples: [{ text: "gcc -o eschalot eschalot.o -L/usr/local/lib -lpthread -lssl -lcrypto\n/usr/bin/ld: cannot find -lssl\n/usr/bin/ld: cannot find -lcrypto\ncollect2: error: ld returned 1 exit status", source: "https://github.com/ReclaimYourPrivacy/eschalot/issues/31" }],
});
