import { block, defineKnownError, q, t } from "../../define";

export default defineKnownError({
  id: "transformers.gated-repo-not-authenticated",
  category: "auth.invalid_credentials",
  match: [
    /Access to model (?<repo>[\w.-]{1,96}\/[\w.-]{1,96}) is restricted\. You must (?:have access to it and )?be authenticated to access it/,
    /Repo model (?<repo2>[\w.-]{1,96}\/[\w.-]{1,96}) is gated\. You must be authenticated to access it/,
  ],
  title: (c) => t(`下载受限模型 ${c.g.repo ?? c.g.repo2 ?? ""} 时没有带 Hugging Face 令牌`, `No Hugging Face token was sent for the gated model ${c.g.repo ?? c.g.repo2 ?? ""}`),
  summary: (c) =>
    t(
      `${c.g.repo ?? c.g.repo2 ?? "这个模型"} 是 gated（受限）模型：要先在模型页同意条款/申请访问，并且下载请求必须带上你账号的访问令牌。这次请求没有带有效令牌，Hub 返回 401。`,
      `${c.g.repo ?? c.g.repo2 ?? "This model"} is gated: you must accept its terms / request access on the model page, and every download must carry your account's access token. This request carried no valid token, so the Hub answered 401.`,
    ),
  causes: [
    t("这台机器（或容器、CI）上没有登录 Hugging Face，也没有设置 HF_TOKEN", "this machine (or container, or CI job) is not logged in to Hugging Face and has no HF_TOKEN"),
    t("还没在模型页接受条款或申请访问", "the model's terms were never accepted / access was never requested on the model page"),
    t("令牌无效、已删除，或细粒度令牌没有勾选访问受限仓库的读权限", "the token is invalid or deleted, or a fine-grained token lacks read access to gated repos"),
  ],
  solutions: [
    {
      title: t("在模型页申请访问，然后用令牌登录", "Request access on the model page, then log in with a token"),
      steps: [
        (c) => {
          const repo = c.g.repo ?? c.g.repo2;
          return t(
            `${repo ? `打开 https://huggingface.co/${repo} ` : "打开模型页"}接受条款；在 Settings → Access Tokens 创建一个 Read 令牌，在运行代码的机器上登录。`,
            `${repo ? `Open https://huggingface.co/${repo}` : "Open the model page"} and accept the terms; create a Read token under Settings → Access Tokens and log in on the machine that runs the code.`,
          );
        },
      ],
      code: () => block("bash", ["huggingface-cli login", "huggingface-cli whoami"]),
    },
    {
      title: t("在服务器/CI 上用 HF_TOKEN 环境变量", "On servers and CI, use the HF_TOKEN environment variable"),
      steps: [t("huggingface_hub 会自动读取 HF_TOKEN；也可以显式传给 token 参数。", "huggingface_hub reads HF_TOKEN automatically; you can also pass it explicitly as token.")],
      code: (c) => {
        const repo = c.g.repo ?? c.g.repo2;
        return block("python", [
          "import os",
          "from huggingface_hub import hf_hub_download",
          "",
          repo ? `REPO = ${q(repo)}` : 'REPO = os.environ["HF_REPO_ID"]',
          'path = hf_hub_download(REPO, "config.json", token=os.environ["HF_TOKEN"])',
          "print(path)",
        ]);
      },
    },
  ],
  docs: ["https://huggingface.co/docs/hub/models-gated", "https://huggingface.co/google/gemma-2-2b/discussions/14", "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables"],
  samples: [
    {
      text: "OSError: You are trying to access a gated repo.\nMake sure to have access to it at https://huggingface.co/meta-llama/Meta-Llama-3-8B.\n401 Client Error. (Request ID: Root=1-663fb5bd-7d28f4447bfd337e03d1d7e1;9595c68e-90d4-4f08-bbd9-096df0c5ddcb)\n\nCannot access gated repo for url https://huggingface.co/meta-llama/Meta-Llama-3-8B/resolve/main/config.json.\nAccess to model meta-llama/Meta-Llama-3-8B is restricted. You must be authenticated to access it.",
      source: "https://huggingface.co/meta-llama/Meta-Llama-3-8B/discussions/132",
    },
  ],
});
