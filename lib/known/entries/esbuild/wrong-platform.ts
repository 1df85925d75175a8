import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "esbuild.wrong-platform",
  category: "dependency.install",
  match: [/You installed esbuild for another platform than the one you're currently using[\s\S]{0,400}?(?:the "(?<have>@esbuild\/[\w-]{1,40})" package is present but this platform\s{0,5}needs the "(?<need>@esbuild\/[\w-]{1,40})" package)?/],
  title: (c) => (c.g.have && c.g.need ? t(`node_modules 里是 ${ic(c.g.have)}，当前平台需要 ${ic(c.g.need)}`, `node_modules has ${ic(c.g.have)}, this platform needs ${ic(c.g.need)}`) : t("esbuild 装的是另一个平台的二进制", "esbuild was installed for another platform")),
  summary: t(
    "esbuild 是原生程序，安装时只下载当前平台的二进制。这个 node_modules 是在另一个系统或架构上安装的：常见于在 Windows/macOS 安装后把 node_modules 复制进 Linux 的 Docker 镜像、在 Windows 与 WSL 之间共用 node_modules，或在 Apple Silicon 上混用 x64 与 arm64 的 Node.js。",
    "esbuild is a native program, and installing it fetches only the current platform's binary. This node_modules was installed on another OS or architecture: typically copied from Windows/macOS into a Linux Docker image, shared between Windows and WSL, or mixed between x64 and arm64 Node.js on Apple Silicon.",
  ),
  causes: [
    t("把宿主机的 node_modules 复制或挂载进了 Docker 容器", "the host's node_modules was copied or mounted into a Docker container"),
    t("Windows 与 WSL 共用同一份 node_modules", "Windows and WSL share one node_modules"),
    t("Apple Silicon 上用 Rosetta（x64）的 Node.js 安装、用 arm64 的运行，或反过来", "on Apple Silicon, dependencies were installed with x64 (Rosetta) Node.js and run with arm64 Node.js, or the reverse"),
  ],
  solutions: [
    {
      title: t("在运行的环境里重新安装依赖", "Reinstall dependencies in the environment that runs the code"),
      steps: [t("删除 node_modules 后在目标系统里重新安装；Docker 镜像里用 .dockerignore 排除 node_modules 并在镜像内执行 npm ci。", "Delete node_modules and reinstall on the target system; in Docker, exclude node_modules with .dockerignore and run npm ci inside the image.")],
      code: () => block("bash", ["node -p process.arch", "rm -rf node_modules", "npm ci", "echo node_modules >> .dockerignore"]),
    },
  ],
  docs: ["https://github.com/evanw/esbuild/blob/main/lib/npm/node-platform.ts"],
  samples: [
    {
      text: "Error [TransformError]: \nYou installed esbuild for another platform than the one you're currently using.\nThis won't work because esbuild is written with native code and needs to\ninstall a platform-specific binary executable.\n\nSpecifically the \"@esbuild/win32-x64\" package is present but this platform\nneeds the \"@esbuild/linux-x64\" package instead.",
      source: "https://github.com/evanw/esbuild/blob/main/lib/npm/node-platform.ts",
    },
  ],
});
