import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "cargo.openssl-sys-not-found",
  category: "dependency.install",
  priority: 1,
  match: ["Could not find directory of OpenSSL installation", /failed to run custom build command for `openssl-sys v(?<ver>[\d.]{1,20})`/],
  title: t("openssl-sys 找不到系统的 OpenSSL 开发包", "openssl-sys cannot find the system OpenSSL development files"),
  summary: t(
    "openssl-sys 的 build script 要链接系统的 OpenSSL：它用 pkg-config（或 OPENSSL_DIR 等环境变量、Windows 上的 vcpkg）来找头文件和库。没有装 OpenSSL 的开发包或 pkg-config 时，构建脚本就 panic。",
    "openssl-sys's build script links the system OpenSSL: it finds headers and libraries through pkg-config (or OPENSSL_DIR and related variables, vcpkg on Windows). Without the OpenSSL development package or pkg-config, the build script panics.",
  ),
  causes: [
    t("没有装 OpenSSL 开发包（Debian/Ubuntu 的 libssl-dev，Fedora 的 openssl-devel）", "the OpenSSL development package is missing (libssl-dev on Debian/Ubuntu, openssl-devel on Fedora)"),
    t("没有装 pkg-config（日志里是 Failed to run pkg-config / No such file or directory）", "pkg-config is not installed (the log says it failed to run pkg-config)"),
    t("交叉编译或 wasm32 目标：系统的 OpenSSL 不能用于那个目标", "cross-compiling or a wasm32 target, for which the host OpenSSL cannot be used"),
  ],
  solutions: [
    {
      title: t("安装 pkg-config 和 OpenSSL 开发包", "Install pkg-config and the OpenSSL development package"),
      steps: [t("装好后重新构建；OpenSSL 装在非标准位置时，设置 OPENSSL_DIR 指向它。", "Rebuild afterwards; if OpenSSL lives in a non-standard prefix, point OPENSSL_DIR at it.")],
      code: () => block("bash", ["# Debian/Ubuntu", "sudo apt-get install -y pkg-config libssl-dev", "# Fedora: sudo dnf install -y pkgconf-pkg-config openssl-devel", "pkg-config --modversion openssl"]),
    },
    {
      title: t("或者启用 vendored，从源码编译 OpenSSL", "Or enable vendored to build OpenSSL from source"),
      steps: [t("openssl crate 的 vendored feature 会在构建时从源码编译并静态链接 OpenSSL，不再依赖系统安装（但需要 C 编译器等构建工具）。", "The openssl crate's vendored feature compiles OpenSSL from source at build time and links it statically, so no system install is needed (a C compiler and build tools still are).")],
    },
  ],
  docs: ["https://docs.rs/openssl/latest/openssl/#automatic", "https://github.com/rust-openssl/rust-openssl/issues/1021"],
  samples: [{ text: "error: failed to run custom build command for `openssl-sys v0.9.13`\nprocess didn't exit successfully: `/tmp/cargo-install.LFNiDiry4kXH/release/build/openssl-sys-296a41af4533eec4/build-script-build` (exit code: 101)\n--- stderr\nthread 'main' panicked at '\n\nCould not find directory of OpenSSL installation, and this `-sys` crate cannot\nproceed without this knowledge. If OpenSSL is installed and this crate had\ntrouble finding it,  you can set the `OPENSSL_DIR` environment variable for the\ncompilation process.", source: "https://github.com/rust-openssl/rust-openssl/issues/649" }],
});
