import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "cpp.cmake-package-config-not-found",
  category: "dependency.missing",
  match: [/Could not find a package configuration file provided by "(?<pkg>[\w.+-]{1,100})"/, /By not providing "Find(?<pkg>[\w.+-]{1,100})\.cmake" in CMAKE_MODULE_PATH/],
  title: (c) => t(`CMake 找不到依赖包 ${ic(c.g.pkg ?? "")}`, `CMake cannot find the package ${ic(c.g.pkg ?? "")}`),
  summary: (c) =>
    t(
      `find_package(${c.g.pkg ?? "…"}) 既没有找到 Find${c.g.pkg ?? "…"}.cmake 模块，也没有在搜索前缀里找到包自带的 ${c.g.pkg ?? "…"}Config.cmake / 小写-config.cmake。要么这个库根本没安装（或只装了运行库，没装 -dev/-devel 包），要么装在 CMake 不会搜索的前缀下。`,
      `find_package(${c.g.pkg ?? "…"}) found neither a Find${c.g.pkg ?? "…"}.cmake module nor the package's own ${c.g.pkg ?? "…"}Config.cmake / lowercase-config.cmake under the search prefixes. Either the library is not installed (or only its runtime, not the -dev/-devel package), or it lives under a prefix CMake does not search.`,
    ),
  causes: [
    t("依赖库没有安装，或者没装带 CMake 配置文件的开发包", "the dependency is not installed, or not its development package with the CMake config files"),
    t("库装在自定义前缀（/opt、自己的 install 目录、vcpkg/conda 环境），CMAKE_PREFIX_PATH 里没有它", "the library is in a custom prefix (/opt, your own install dir, a vcpkg/conda environment) that is not in CMAKE_PREFIX_PATH"),
    t("用 vcpkg 安装的，但第一次配置时没有传入 vcpkg 的 CMAKE_TOOLCHAIN_FILE", "installed with vcpkg, but the first configure did not pass vcpkg's CMAKE_TOOLCHAIN_FILE"),
  ],
  solutions: [
    {
      title: t("安装依赖，或把它的安装前缀告诉 CMake", "Install the dependency, or tell CMake its install prefix"),
      steps: [
        t("用 -DCMAKE_PREFIX_PATH=安装前缀 重新配置（CMake 会在其下的 lib/cmake/ 等目录里找），或者用 -D包名_DIR=包含 Config.cmake 的目录 直接指定。", "Re-configure with -DCMAKE_PREFIX_PATH=<install prefix> (CMake searches lib/cmake/ and similar below it), or point -D<Package>_DIR at the directory holding the Config.cmake."),
        t("使用 vcpkg 时，在第一次配置就传入 -DCMAKE_TOOLCHAIN_FILE=…/scripts/buildsystems/vcpkg.cmake（改了之后要清掉构建目录重新配置）。", "With vcpkg, pass -DCMAKE_TOOLCHAIN_FILE=…/scripts/buildsystems/vcpkg.cmake on the very first configure (clear the build directory after changing it)."),
      ],
    },
  ],
  docs: ["https://cmake.org/cmake/help/v3.23/command/find_package.html", "https://cmake.org/cmake/help/latest/_sources/variable/CMAKE_PREFIX_PATH.rst.txt", "https://github.com/microsoft/vcpkg/issues/21935"],
  samples: [{ text: "CMake Error at CMakeLists.txt:6 (find_package):\n  By not providing \"FindGeogram.cmake\" in CMAKE_MODULE_PATH this project has\n  asked CMake to find a package configuration file provided by \"Geogram\", but\n  CMake did not find one.\n\n  Could not find a package configuration file provided by \"Geogram\" with any\n  of the following names:\n\n    GeogramConfig.cmake\n    geogram-config.cmake", source: "https://github.com/AdaptiveCpp/AdaptiveCpp/issues/1456" }],
});
