import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "fastapi.python-multipart-missing",
  category: "dependency.missing",
  match: [/Form data requires "python-multipart" to be installed/],
  title: t("接收表单 / 文件上传需要 python-multipart，但没有安装", "Form and file-upload parameters need python-multipart, which is not installed"),
  summary: t(
    "路由里用了 Form(...) 或 File(...) / UploadFile，FastAPI 解析表单数据要靠 python-multipart 包；它不是 FastAPI 的必需依赖，所以应用在注册这个路由（启动时）就提前报错。",
    "A route uses Form(...) or File(...) / UploadFile, and FastAPI parses form data with the python-multipart package; it is not a required dependency of FastAPI, so the app fails early, when the route is registered at startup.",
  ),
  causes: [
    t("项目的依赖文件里漏了 python-multipart", "python-multipart is missing from the project's dependency file"),
    t("装成了名字相近的另一个包 multipart，而不是 python-multipart", "a similarly named but different package, multipart, was installed instead of python-multipart"),
  ],
  solutions: [
    {
      title: t("安装 python-multipart 并写进依赖文件", "Install python-multipart and add it to the dependency file"),
      steps: [t("装进运行应用的同一个环境（容器镜像、虚拟环境），并加到 requirements.txt / pyproject.toml，部署时才不会再缺。", "Install it into the same environment that runs the app (container image, virtualenv) and add it to requirements.txt / pyproject.toml so deployments have it too.")],
      code: () => block("bash", ["python -m pip install python-multipart"]),
    },
  ],
  docs: ["https://github.com/fastapi/fastapi/pull/1851", "https://github.com/Kludex/python-multipart/issues/45"],
  samples: [
    {
      text: '2024-10-25 11:56:21,216 - fastapi - ERROR - Form data requires "python-multipart" to be installed.\nYou can install "python-multipart" with:\n\npip install python-multipart',
      source: "https://github.com/hummingbot/hummingbot-api/issues/41",
    },
  ],
});
