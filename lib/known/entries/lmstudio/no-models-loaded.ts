import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "lmstudio.no-models-loaded",
  category: "model.not_found",
  match: [/No models loaded\. Please load a model in the developer page/],
  title: t("LM Studio 服务在运行，但没有加载任何模型", "The LM Studio server is running but no model is loaded"),
  summary: t(
    "LM Studio 的本地服务只能回答已经加载到内存里的模型；下载了模型不等于加载，服务端当前没有已加载的模型，于是返回这个错误。",
    "LM Studio's local server only answers with models loaded into memory; a downloaded model is not a loaded one, and nothing is loaded right now, so it returns this error.",
  ),
  causes: [
    t("LM Studio 重启或模型被卸载后，没有再加载模型", "after LM Studio restarted or the model was unloaded, no model was loaded again"),
    t("客户端请求的模型名与已下载的模型都对不上，服务端没能按需加载", "the client's model name matches none of the downloaded models, so nothing could be loaded on demand"),
  ],
  solutions: [
    {
      title: t("用 lms 加载模型并确认", "Load a model with lms and check it"),
      steps: [t("lms ls 列出已下载的模型，lms load 加载，lms ps 确认已加载；也可以在 LM Studio 的 Developer 页面里加载。", "lms ls lists downloaded models, lms load loads one and lms ps confirms it; loading from LM Studio's Developer page works too.")],
      code: () => block("bash", ["lms ls", "lms ps"]),
    },
    {
      title: t("让客户端使用已加载模型的标识", "Make the client use the loaded model's identifier"),
      steps: [t("请求里的 model 写成 lms ps（或 /v1/models）显示的模型标识。", "Set the request's model to the identifier shown by lms ps (or /v1/models).")],
    },
  ],
  docs: ["https://lmstudio.ai/docs/cli", "https://github.com/lmstudio-ai/lms"],
  samples: [{ text: "Error code: 400 - {'error': {'message': \"No models loaded. Please load a model in the developer page or use the 'lms load' command.\"}}", source: "https://lmstudio.ai/docs/cli" }],
});
