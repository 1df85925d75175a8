import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "cargo.linker-not-found",
  category: "dependency.install",
  match: [/error: linker `(?<linker>[\w.+-]{1,60})` not found/, /error: could not exec the linker `?(?<linker>[\w.+-]{1,60})`?/],
  title: (c) => t(`找不到链接器 ${ic(c.g.linker ?? "cc")}：系统没有安装 C 工具链`, `Linker ${ic(c.g.linker ?? "cc")} not found: no C toolchain installed`),
  summary: (c) =>
    t(
      `rustc 生成目标文件后要调用系统的链接器${c.g.linker ? `（这里是 ${ic(c.g.linker)}）` : ""}来生成可执行文件，build script 和 proc-macro 也一样；rustup 只装 Rust 本身，不装 C 编译器和链接器。`,
      `rustc calls the system linker${c.g.linker ? ` (${ic(c.g.linker)} here)` : ""} to produce executables, build scripts and proc-macros included; rustup installs Rust itself, not a C compiler or linker.`,
    ),
  causes: [
    t("新装的 Linux/WSL/容器里没有 gcc/cc（Debian/Ubuntu 的 build-essential 没装）", "a fresh Linux, WSL or container has no gcc/cc (build-essential not installed on Debian/Ubuntu)"),
    t("Windows 上用的是 MSVC 工具链，但没有安装 Visual Studio 的 C++ 生成工具（link.exe）", "on Windows the MSVC toolchain is used without the Visual Studio C++ build tools (link.exe)"),
    t("NixOS 等环境里编译器不在当前 shell 的 PATH 上", "on NixOS and similar, the compiler is not on the current shell's PATH"),
  ],
  solutions: [
    {
      title: t("安装系统的 C 工具链", "Install the system C toolchain"),
      steps: [t("Debian/Ubuntu 装 build-essential，Fedora 装 gcc，macOS 运行 xcode-select --install；Windows 装 Visual Studio C++ 生成工具（勾选 MSVC 和 Windows SDK）。", "Debian/Ubuntu: build-essential; Fedora: gcc; macOS: xcode-select --install; Windows: the Visual Studio C++ build tools (MSVC and the Windows SDK).")],
      code: () => block("bash", ["# Debian/Ubuntu", "sudo apt-get update && sudo apt-get install -y build-essential", "cc --version"]),
    },
  ],
  docs: ["https://github.com/rust-lang/rust/issues/31181", "https://github.com/alacritty/alacritty/issues/6099", "https://rust-lang.github.io/book/ch01-01-installation.html"],
  samples: [{ text: "   Compiling proc-macro2 v1.0.66\n   Compiling libc v0.2.147\nerror: linker `cc` not found\n  |\n  = note: No such file or directory (os error 2)\n\nerror: could not compile `proc-macro2` due to previous error", source: "https://github.com/maxwellainatchi/gnome-randr-rust/issues/25" }],
});
