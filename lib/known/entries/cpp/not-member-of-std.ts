import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

/** Where the standard declares common names (cppreference's per-name pages). */
const header: Record<string, string> = {
  cout: "iostream", cerr: "iostream", cin: "iostream", clog: "iostream", endl: "ostream", setw: "iomanip", setprecision: "iomanip",
  string: "string", to_string: "string", stoi: "string", vector: "vector", map: "map", unordered_map: "unordered_map", set: "set",
  unique_ptr: "memory", shared_ptr: "memory", make_unique: "memory", make_shared: "memory", function: "functional",
  sort: "algorithm", min: "algorithm", max: "algorithm", runtime_error: "stdexcept", invalid_argument: "stdexcept", out_of_range: "stdexcept",
  numeric_limits: "limits", thread: "thread", mutex: "mutex", uint8_t: "cstdint", uint16_t: "cstdint", uint32_t: "cstdint", uint64_t: "cstdint",
  int64_t: "cstdint", int32_t: "cstdint", memcpy: "cstring", strlen: "cstring", optional: "optional", variant: "variant", array: "array",
};

export default defineKnownError({
  id: "cpp.not-member-of-std",
  category: "code.name",
  match: [/error: [‘'](?<name>\w{1,80})[’'] is not a member of [‘']std[’']/, /error C2039: '(?<name>\w{1,80})': is not a member of 'std'/],
  title: (c) =>
    c.g.name && header[c.g.name]
      ? t(`缺少头文件：std::${c.g.name} 声明在 <${header[c.g.name]}> 里`, `Missing include: std::${c.g.name} is declared in <${header[c.g.name]}>`)
      : t(`编译器在 std 里找不到 ${ic(c.g.name ?? "?")}`, `The compiler finds no ${ic(c.g.name ?? "?")} in std`),
  summary: (c) =>
    t(
      `这个翻译单元里，包含的头文件都没有声明 std::${c.g.name}。C++ 标准库的每个名字都在特定头文件里声明；代码常常依赖别的头文件“顺带”包含它，换了编译器或版本（例如 GCC 11、13 精简了内部包含）后就会报这个错。`,
      `None of the headers included in this translation unit declares std::${c.g.name}. Every standard-library name lives in a specific header; code often relies on another header pulling it in indirectly, which breaks with another compiler or version (GCC 11 and 13, for example, trimmed internal includes).`,
    ),
  causes: [
    (c) => (c.g.name && header[c.g.name] ? t(`文件没有 #include <${header[c.g.name]}>，之前是被其他头文件间接包含的`, `the file lacks #include <${header[c.g.name]}> and used to get it indirectly through another header`) : t("文件没有包含声明这个名字的头文件", "the file does not include the header that declares the name")),
    t("名字属于更新的 C++ 标准（如 C++17 的 std::optional），而编译时没有用 -std=c++17 或更高", "the name belongs to a newer C++ standard (C++17's std::optional, say) and the compile does not use -std=c++17 or later"),
  ],
  solutions: [
    {
      title: (c) => (c.g.name && header[c.g.name] ? t(`在报错的文件顶部加上 #include <${header[c.g.name]}>`, `Add #include <${header[c.g.name]}> at the top of the failing file`) : t("包含声明它的标准头文件", "Include the standard header that declares it")),
      steps: [
        t("在 cppreference 上查这个名字所在的头文件，加到报错的那个文件（报错路径里的 .h/.cpp）里；是第三方项目的代码时，可以给上游提交同样的修复。", "Look the name up on cppreference for its header and add it to the file in the error path (the .h/.cpp); for third-party code, the same fix is worth sending upstream."),
      ],
    },
    ...categorySolutions("code.name"),
  ],
  docs: ["https://gcc.gnu.org/gcc-11/porting_to.html", "https://gcc.gnu.org/gcc-13/porting_to.html", "https://en.cppreference.com/w/cpp/io/cout"],
  samples: [
    {
      text: "/xmrstak/misc/thdq.hpp:46:4: error: ‘cout’ is not a member of ‘std’\n    std::cout << \"Error pushing an miner event\" << std::endl;\n    ^",
      source: "https://github.com/ipbc-dev/bittube-miner/pull/10",
    },
  ],
});
