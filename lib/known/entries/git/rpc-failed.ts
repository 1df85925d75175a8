import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "git.rpc-failed",
  category: "tool.git",
  match: [/error: RPC failed; (?:HTTP (?<status>\d{3}) )?curl (?<curl>\d{1,3})(?<rest>[^\n]{0,120})/],
  title: (c) => t(`git 的 HTTP 传输中途断开（RPC failed${c.g.curl ? `，curl ${c.g.curl}` : ""}）`, `Git's HTTP transfer broke off (RPC failed${c.g.curl ? `, curl ${c.g.curl}` : ""})`),
  summary: (c) => {
    const http2 = c.g.curl === "92" || /HTTP\/2/.test(c.g.rest ?? "");
    return t(
      `git 通过 HTTPS 与服务器传输数据时连接被中途切断${http2 ? "（curl 92：HTTP/2 流被对端取消）" : ""}。推送时通常是一次性要发送的数据太大（大文件或大量对象）被中间的代理/服务器拒绝；拉取/克隆时通常是网络不稳或代理干扰。`,
      `The HTTPS transfer between git and the server was cut off mid-way${http2 ? " (curl 92: the HTTP/2 stream was cancelled by the other side)" : ""}. On push it is usually a payload too large (big files or many objects) that a proxy or the server rejected; on fetch/clone usually an unstable network or an interfering proxy.`,
    );
  },
  causes: [
    t("推送包含很大的文件或大量对象，单次请求超过了服务器/代理的限制（GitHub 拒绝超过 100 MB 的单个文件）", "the push contains very large files or many objects and one request exceeds a server or proxy limit (GitHub rejects single files over 100 MB)"),
    t("HTTP/2 连接被代理、防火墙或不稳定的网络中断（curl 92）", "the HTTP/2 connection is broken by a proxy, firewall or unstable network (curl 92)"),
    t("公司代理/杀毒软件对 HTTPS 做中间人检查", "a corporate proxy or antivirus intercepts HTTPS"),
  ],
  solutions: [
    {
      title: t("推送大文件：从提交里拿掉它，或改用 Git LFS", "Large files on push: take them out of the commits, or use Git LFS"),
      steps: [t("找出提交中最大的文件；构建产物、数据集不该进仓库，确需版本化的大文件用 Git LFS 跟踪。", "Find the biggest files in the commits; build outputs and datasets do not belong in the repository, and large files that must be versioned go to Git LFS.")],
      code: () => block("bash", ["git rev-list --objects --all | git cat-file --batch-check='%(objecttype) %(objectname) %(objectsize) %(rest)' | sort -k3 -n | tail -10"]),
    },
    {
      title: t("HTTP/2 被中断：改用 HTTP/1.1 再试", "HTTP/2 interrupted: retry over HTTP/1.1"),
      steps: [t("把 git 的 HTTP 版本固定为 HTTP/1.1 可以绕开有问题的 HTTP/2 中间设备；克隆大仓库时还可以先浅克隆。", "Pinning git to HTTP/1.1 avoids a misbehaving HTTP/2 middlebox; for big repositories a shallow clone first also helps.")],
      code: () => block("bash", ["git config --global http.version HTTP/1.1"]),
    },
  ],
  docs: ["https://git-scm.com/docs/git-config#Documentation/git-config.txt-httppostBuffer", "https://github.com/shiftkey/desktop/issues/1050"],
  samples: [
    { text: "error: RPC failed; HTTP 400 curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)", source: "https://github.com/AOSC-Dev/aosc-os-abbs/issues/8008" },
    { text: "Writing objects: 100% (1452/1452), 294.35 MiB | 66.83 MiB/s, done.\nerror: RPC failed; HTTP 400 curl 22 The requested URL returned error: 400\nsend-pack: unexpected disconnect while reading sideband packet\nfatal: the remote end hung up unexpectedly", source: "https://github.com/dear-github/dear-github/issues/433" },
  ],
});
