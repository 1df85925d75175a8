import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.libgl-missing",
  category: "dependency.missing",
  match: [/ImportError: libGL\.so\.1: cannot open shared object file/, /libGL\.so\.1: cannot open shared object file: No such file or directory/],
  title: (c) =>
    c.f.has(/cv2/)
      ? t("opencv-python 需要系统库 libGL.so.1，而这台机器（容器）上没有", "opencv-python needs the system library libGL.so.1, which this machine (container) lacks")
      : t("Python 扩展需要系统库 libGL.so.1，而这台机器（容器）上没有", "A Python extension needs the system library libGL.so.1, which this machine (container) lacks"),
  summary: t(
    "libGL.so.1 是系统的 OpenGL 库，pip 轮子不会把它打包进去（opencv-python 的维护者说明过：它属于 auditwheel 约定由系统提供的库）。桌面系统一般自带，但精简的 Docker 镜像（python:*-slim 等）和无图形界面的服务器上没有，于是 import cv2 这类导入就失败了。",
    "libGL.so.1 is the system's OpenGL library, and pip wheels do not bundle it (opencv-python's maintainers explain it is on auditwheel's list of libraries the system must provide). Desktops usually have it, but slim Docker images (python:*-slim and the like) and headless servers do not, so imports such as import cv2 fail.",
  ),
  causes: [
    t("在精简 Docker 镜像或无图形界面的服务器上安装了带 GUI 功能的 opencv-python", "the GUI-enabled opencv-python was installed in a slim Docker image or on a headless server"),
    t("另一个依赖把 opencv-python 一起装了进来（即使你装的是 headless 版）", "another dependency pulled in opencv-python too (even if you installed the headless build)"),
  ],
  solutions: [
    {
      title: t("服务器 / 容器里改用 opencv-python-headless", "On servers and in containers, use opencv-python-headless"),
      when: (c) => c.f.has(/cv2|opencv/i),
      steps: [
        t(
          "headless 版不含 GUI 功能（cv2.imshow 等），也就不依赖 libGL。两个包都提供 cv2 模块，不要同时安装：先卸掉 opencv-python，再装 headless 版；用 pip list 检查是否被别的依赖重新装回来。",
          "The headless build has no GUI functions (cv2.imshow and so on) and so does not need libGL. Both packages provide the cv2 module, so do not keep both: uninstall opencv-python, then install the headless one, and check pip list in case another dependency reinstalls it.",
        ),
      ],
      code: () => block("bash", ["python -m pip uninstall -y opencv-python", "python -m pip install opencv-python-headless"]),
    },
    {
      title: t("或者在系统里装上 OpenGL 库", "Or install the OpenGL library on the system"),
      steps: [
        t(
          "Debian / Ubuntu 镜像里安装 libgl1（较老的发行版叫 libgl1-mesa-glx）。装好后若接着报 libgthread-2.0.so.0 缺失，再装 libglib2.0-0。",
          "On Debian / Ubuntu images install libgl1 (named libgl1-mesa-glx on older releases). If libgthread-2.0.so.0 is reported missing next, install libglib2.0-0 as well.",
        ),
      ],
      code: () => block("bash", ["apt-get update && apt-get install -y libgl1 libglib2.0-0"]),
    },
  ],
  docs: ["https://github.com/opencv/opencv-python/issues/370", "https://github.com/opencv/opencv-python/issues/373"],
  samples: [
    {
      text: 'python -c "import cv2"\nTraceback (most recent call last):\n  File "<string>", line 1, in <module>\n  File "/opt/conda/lib/python3.8/site-packages/cv2/__init__.py", line 5, in <module>\n    from .cv2 import *\nImportError: libGL.so.1: cannot open shared object file: No such file or directory',
      source: "https://github.com/pytorch/ignite/issues/1615",
    },
  ],
});
