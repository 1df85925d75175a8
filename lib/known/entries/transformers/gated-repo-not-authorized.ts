import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "transformers.gated-repo-not-authorized",
  category: "auth.forbidden",
  match: [/Access to model (?<repo>[\w.-]{1,96}\/[\w.-]{1,96}) is restricted and you are not in the authorized list/],
  title: (c) => t(`你的账号还没有获准访问 ${c.g.repo ?? "这个受限模型"}`, `Your account is not (yet) allowed to access ${c.g.repo ?? "this gated model"}`),
  summary: (c) =>
    t(
      `请求带了有效的令牌，但令牌所属账号不在 ${c.g.repo ?? "该模型"} 的授权名单里，Hub 返回 403。gated 模型的访问是按用户授予的：没申请、申请还在等人工审批，或令牌属于另一个账号，都会得到这个错误。`,
      `The request carried a valid token, but its account is not on ${c.g.repo ?? "the model"}'s authorized list, so the Hub answered 403. Gated access is granted per user: not having asked, waiting for manual approval, or a token from another account all end here.`,
    ),
  causes: [
    t("还没有在模型页提交访问申请", "access was never requested on the model page"),
    t("申请需要作者人工审批，还在等待（或被拒绝）", "the request needs the author's manual approval and is still pending (or was declined)"),
    t("机器上的令牌属于另一个账号，而获批的是别的账号；或细粒度令牌没有访问公开受限仓库的权限", "the token on this machine belongs to another account than the approved one, or a fine-grained token lacks access to public gated repos"),
  ],
  solutions: [
    {
      title: t("在模型页申请访问并等待批准", "Request access on the model page and wait for approval"),
      steps: [
        (c) =>
          t(
            `${c.g.repo ? `打开 https://huggingface.co/${c.g.repo} ，` : "打开模型页，"}按作者要求填写并提交；页面显示已获准后再重试下载。`,
            `${c.g.repo ? `Open https://huggingface.co/${c.g.repo}` : "Open the model page"}, fill in and submit what the author asks; retry the download once the page shows you have access.`,
          ),
      ],
    },
    {
      title: t("确认令牌属于获批的账号", "Make sure the token belongs to the approved account"),
      steps: [t("运行 huggingface-cli whoami 查看当前令牌对应的用户名；必要时换成获批账号的令牌（HF_TOKEN 环境变量会覆盖本机保存的令牌）。", "Run huggingface-cli whoami to see which user the current token belongs to; switch to the approved account's token if needed (HF_TOKEN overrides the token stored on the machine).")],
    },
  ],
  docs: ["https://huggingface.co/docs/hub/models-gated", "https://dev.to/multigrid/hugging-face-403-when-downloading-a-gated-model-47c4", "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables"],
  samples: [
    {
      text: "huggingface_hub.errors.GatedRepoError: 403 Client Error. (Request ID: Root=1-6889aa55-1725d0711ea6ca9105c1f96d;890a4a66-4a1d-4bf5-93d7-f4a48f6346d6)\n\nCannot access gated repo for url https://huggingface.co/arcee-ai/AFM-4.5B/resolve/main/config.json.\nAccess to model arcee-ai/AFM-4.5B is restricted and you are not in the authorized list. Visit https://huggingface.co/arcee-ai/AFM-4.5B to ask for access.",
      source: "https://huggingface.co/datasets/model-metadata/custom_code_execution_files/commit/e406eadc0953f67ebfee33077e7ad27e7eb40748",
    },
  ],
});
