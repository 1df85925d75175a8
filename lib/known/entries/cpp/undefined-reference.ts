import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "cpp.undefined-reference",
  category: "build.compile",
  match: [/undefined reference to [`'](?<sym>[^`'\n]{1,200})'/, /undefined symbol: (?<sym>[^\s,]{1,200})/],
  title: (c) => t(`链接时找不到 ${ic(c.g.sym ?? "")} 的定义`, `The linker found no definition of ${ic(c.g.sym ?? "")}`),
  summary: (c) =>
    t(
      `编译通过了（有声明），但链接器在所有目标文件和库里都没找到 ${c.g.sym ? ic(c.g.sym) : "这个符号"} 的实现。通常是没有链接提供它的库或源文件，或者 -l 库的顺序放错了：GNU ld 按命令行顺序处理，库必须放在用到它的目标文件之后。`,
      `It compiled (a declaration exists), but the linker found the implementation of ${c.g.sym ? ic(c.g.sym) : "the symbol"} in no object file or library. Usually the library or source file providing it is not linked, or a -l library comes too early: GNU ld processes the command line in order, so a library must come after the objects that use it.`,
    ),
  causes: [
    t("没有链接提供该符号的库（缺少 -lxxx 或 CMake 的 target_link_libraries）", "the library providing the symbol is not linked (missing -lxxx or CMake target_link_libraries)"),
    t("-l 放在了源文件/目标文件前面，例如 gcc -lm main.c", "a -l option comes before the sources/objects, e.g. gcc -lm main.c"),
    t("定义所在的 .c/.cpp 文件没有加入编译", "the .c/.cpp file with the definition is not part of the build"),
    t("C 与 C++ 混用时缺少 extern \"C\"，或函数只有声明没有实现（包括模板、静态成员）", "mixing C and C++ without extern \"C\", or a function declared but never defined (templates, static members)"),
  ],
  solutions: [
    {
      title: t("把提供该符号的库或源文件加入链接，并放在使用者之后", "Link the library or source that provides the symbol, after its users"),
      steps: [t("命令行写成 gcc main.c -o app -lfoo（库在最后）；CMake 里用 target_link_libraries(目标 PRIVATE foo)。库之间有依赖时，依赖别人的库放前面。", "Write gcc main.c -o app -lfoo (libraries last); in CMake use target_link_libraries(target PRIVATE foo). Among libraries, the one that depends on another goes first.")],
    },
    {
      title: t("确认符号真的被实现并编译进来", "Check that the symbol really is implemented and compiled"),
      steps: [t("用 nm -C 目标文件或库 | grep 符号名 查看符号是否存在（T 表示有定义，U 表示只是引用）。", "Run nm -C <object or library> | grep <name> to see whether it exists (T means defined, U means only referenced).")],
    },
  ],
  docs: ["https://gcc.gnu.org/pipermail/gcc-patches/2007-May/217019.html", "https://github.com/cfyzium/bearlibterminal/issues/1"],
  samples: [{ text: "/usr/bin/ld: /tmp/ccKM74Fy.o: in function `main':\nmain2.cpp:(.text+0x5): undefined reference to `terminal_open'\n/usr/bin/ld: main2.cpp:(.text+0x20): undefined reference to `terminal_refresh'\ncollect2: error: ld returned 1 exit status", source: "https://github.com/cfyzium/bearlibterminal/issues/1" }],
});
