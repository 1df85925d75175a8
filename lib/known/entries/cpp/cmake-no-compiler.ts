import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "cpp.cmake-no-compiler",
  category: "dependency.install",
  match: [/No CMAKE_(?<lang>CXX|C)_COMPILER could be found/],
  title: (c) => t(`CMake 找不到 ${c.g.lang === "CXX" ? "C++" : "C"} 编译器`, `CMake found no ${c.g.lang === "CXX" ? "C++" : "C"} compiler`),
  summary: (c) =>
    t(
      `project() 需要 ${c.g.lang === "CXX" ? "C++" : "C"} 编译器，但 PATH 里没有，${c.g.lang === "CXX" ? "CXX" : "CC"} 环境变量也没指定。常见于新装的系统或精简的容器镜像：只装了 cmake（有时只有 gcc 没有 g++），没装编译工具链。Debian/Ubuntu 装 build-essential 即可；装完要删掉构建目录里的 CMakeCache.txt 再重新配置，CMake 会缓存失败的检测结果。`,
      `project() needs a ${c.g.lang === "CXX" ? "C++" : "C"} compiler and none is on PATH or named by the ${c.g.lang === "CXX" ? "CXX" : "CC"} environment variable. Typical on a fresh system or a slim container image that has cmake (sometimes gcc without g++) but no toolchain. On Debian/Ubuntu install build-essential; afterwards delete CMakeCache.txt in the build directory and configure again, since CMake caches the failed detection.`,
    ),
  causes: [
    t("没有安装编译器（Debian/Ubuntu 缺 build-essential，或只有 gcc 没有 g++）", "no compiler is installed (build-essential missing on Debian/Ubuntu, or gcc without g++)"),
    t("编译器装在 PATH 之外，或 CC/CXX 指向了不存在的程序", "the compiler is outside PATH, or CC/CXX names a program that does not exist"),
    t("装好编译器后还在用旧的构建目录，CMakeCache.txt 里留着失败的检测结果", "the old build directory is reused after installing the compiler, and CMakeCache.txt keeps the failed detection"),
  ],
  solutions: [
    {
      title: t("安装编译工具链，清掉缓存重新配置", "Install the toolchain, clear the cache and configure again"),
      steps: [t("Fedora/RHEL 用 sudo dnf install gcc-c++ make；Windows 上要在装了 Visual Studio C++ 工作负载的开发者命令行里运行 cmake。", "On Fedora/RHEL use sudo dnf install gcc-c++ make; on Windows run cmake from a developer prompt of Visual Studio with the C++ workload installed.")],
      code: () => block("bash", ["sudo apt-get update && sudo apt-get install -y build-essential", "g++ --version", "rm -f build/CMakeCache.txt && cmake -S . -B build"]),
    },
  ],
  docs: ["https://github.com/WebAssembly/wabt/issues/1102", "https://github.com/artyom-beilis/cppcms/issues/55", "https://cmake.org/cmake/help/latest/envvar/CXX.html"],
  samples: [{ text: "-- The C compiler identification is GNU 8.3.0\n-- The CXX compiler identification is unknown\nCMake Error at CMakeLists.txt:18 (project):\n  No CMAKE_CXX_COMPILER could be found.\n\n  Tell CMake where to find the compiler by setting either the environment\n  variable \"CXX\" or the CMake cache entry CMAKE_CXX_COMPILER to the full path\n  to the compiler, or to the compiler name if it is in the PATH.\n\n-- Configuring incomplete, errors occurred!", source: "https://github.com/WebAssembly/wabt/issues/1102" }],
});
