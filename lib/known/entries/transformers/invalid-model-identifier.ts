import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "transformers.invalid-model-identifier",
  category: "model.not_found",
  match: [/(?:OSError: )?(?<id>[\w./:\\-]{1,200}) is not a local folder and is not a valid model identifier listed on 'https:\/\/huggingface\.co\/models'/],
  title: (c) =>
    c.g.id === "None"
      ? t("传给 from_pretrained 的模型路径是空值（None）", "The model path passed to from_pretrained is empty (None)")
      : t(`${c.g.id} 既不是本地目录，也不是 Hugging Face 上的模型 ID`, `${c.g.id} is neither a local folder nor a model ID on Hugging Face`),
  summary: (c) =>
    c.g.id === "None"
      ? t(
          "from_pretrained 收到的是 None：本应给出模型名或路径的变量、配置项或命令行参数没有设置，Python 把 None 转成了字符串 \"None\" 去查找。",
          "from_pretrained received None: the variable, config entry or command-line argument that should hold the model name or path was not set, and Python turned None into the string \"None\" for the lookup.",
        )
      : t(
          `transformers 先把 ${c.g.id} 当作本地目录查找，没找到；再把它当作 Hub 上的仓库 ID（“组织/模型名”）请求，Hub 也说不存在（或无权访问）。`,
          `transformers first looked for a local folder named ${c.g.id} and found none, then asked the Hub for a repo with that ID ("org/model-name"), which does not exist there (or you may not access it).`,
        ),
  causes: [
    t("本地路径写错，或是相对路径而当前工作目录不对（模型还没下载到那里）", "the local path is wrong, or relative to a different working directory (the model was never downloaded there)"),
    t("Hub ID 少了组织前缀或拼写有误（应为 组织/模型名）", "the Hub ID lacks the organisation prefix or is misspelled (it should be org/model-name)"),
    t("私有或受限仓库，未登录或令牌无权访问", "a private or gated repo, without a login or with a token that has no access"),
    t("模型路径的配置项 / 参数没有设置（此时显示为 None）", "the model path setting or argument is unset (it then shows as None)"),
  ],
  solutions: [
    {
      title: t("核对路径或完整的 Hub ID", "Check the path or the full Hub ID"),
      steps: [
        t(
          "本地目录要包含 config.json 等文件，最好用绝对路径；Hub 模型在 huggingface.co 上打开模型页，复制页面顶部完整的“组织/模型名”。",
          "A local folder must contain config.json and the other files (an absolute path is safest); for a Hub model, open its page on huggingface.co and copy the full \"org/model-name\" shown at the top.",
        ),
      ],
    },
    {
      title: t("私有或受限模型：先登录", "Private or gated model: log in first"),
      steps: [t("用有权限的账号执行 huggingface-cli login（或设置 HF_TOKEN），受限模型还要先在模型页申请访问。", "Run huggingface-cli login with an account that has access (or set HF_TOKEN); gated models also need access requested on the model page.")],
    },
  ],
  docs: ["https://github.com/Amshaker/Mobile-VideoGPT/issues/7", "https://huggingface.co/docs/hub/models-gated", "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables"],
  samples: [
    {
      text: "OSError: llm/vicuna-7b is not a local folder and is not a valid model identifier listed on 'https://huggingface.co/models'\nIf this is a private repository, make sure to pass a token having permission to this repo either by logging in with `huggingface-cli login` or by passing `token=<your_token>`",
      source: "https://github.com/boheumd/MA-LMM/issues/9",
    },
  ],
});
