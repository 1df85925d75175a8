import { block, defineKnownError, q, t } from "../../define";

const repoId = (s: string | undefined) => (s && /^[\w.-]{1,96}\/[\w.-]{1,96}$/.test(s) ? s : null);

export default defineKnownError({
  id: "transformers.hub-unreachable",
  category: "network.connection",
  match: [
    /We couldn't connect to 'https:\/\/huggingface\.co' to load (?:this file|the files)(?:, couldn't find it in the cached files and it looks like (?<model>[^\s]{1,200}) is not the path to a directory)?/,
    "cannot find the requested files in the local cache",
    "Connection error, and we cannot find the requested files in the disk cache",
  ],
  title: (c) => t(`连不上 huggingface.co，本地缓存里也没有 ${c.g.model ?? "所需文件"}`, `Cannot reach huggingface.co, and ${c.g.model ?? "the files"} are not in the local cache`),
  summary: (c) =>
    t(
      `from_pretrained 先在本地路径和缓存（~/.cache/huggingface/hub）里找 ${c.g.model ?? "模型"}，找不到才去 huggingface.co 下载；这次连不上 Hub（无网络、防火墙、需要代理，或所在地区访问不了），于是失败。如果 ${c.g.model ?? "它"} 本应是本地目录，说明路径不对。`,
      `from_pretrained looks for ${c.g.model ?? "the model"} in the local path and the cache (~/.cache/huggingface/hub) first and downloads from huggingface.co otherwise; here the Hub could not be reached (no network, a firewall, a proxy is needed, or the region cannot reach it), so it failed. If ${c.g.model ?? "it"} was meant to be a local directory, the path is wrong.`,
    ),
  causes: [
    t("机器不能访问 huggingface.co（内网、防火墙、需要代理、网络受限地区）", "the machine cannot reach huggingface.co (intranet, firewall, proxy required, restricted region)"),
    t("模型从未下载过，缓存里没有", "the model was never downloaded, so the cache is empty"),
    t("想加载本地目录，但路径写错了，于是被当成了 Hub 上的模型名", "you meant a local directory but the path is wrong, so it was taken for a Hub model id"),
  ],
  solutions: [
    {
      title: t("在能联网的机器上下载，拷过来按本地路径加载", "Download on a connected machine, copy it over, load it by path"),
      steps: [t("用 huggingface-cli download 下载到一个目录，拷贝到目标机器，然后把 from_pretrained 的参数换成这个目录的路径。", "Download into a directory with huggingface-cli download, copy it to the target machine, and pass that directory to from_pretrained.")],
      code: (c) => {
        const id = repoId(c.g.model);
        return id ? block("bash", [`huggingface-cli download ${id} --local-dir ./models/${id.split("/")[1]}`]) : null;
      },
    },
    {
      title: t("离线运行：只用缓存", "Run offline from the cache"),
      steps: [t("文件已经在缓存里时，设置 HF_HUB_OFFLINE=1（或传 local_files_only=True），就不会再尝试联网。", "When the files are already cached, set HF_HUB_OFFLINE=1 (or pass local_files_only=True) so nothing tries the network.")],
      code: (c) => {
        const id = repoId(c.g.model);
        return block("python", [
          "import os",
          "",
          'os.environ["HF_HUB_OFFLINE"] = "1"  # before importing transformers',
          "from transformers import AutoTokenizer",
          "",
          `MODEL = ${id ? q(id) : 'os.environ["HF_MODEL_PATH"]  # a cached repo id or a local directory'}`,
          "tokenizer = AutoTokenizer.from_pretrained(MODEL, local_files_only=True)",
          "print(tokenizer)",
        ]);
      },
    },
    {
      title: t("需要代理或另一个 Hub 地址时配置网络", "Configure a proxy or another Hub endpoint if you need one"),
      steps: [t("通过 HTTPS_PROXY 走代理；或者把 HF_ENDPOINT 设为你们组织可用的 Hub 地址（私有 Hub 或可信镜像）。", "Use HTTPS_PROXY for a proxy, or set HF_ENDPOINT to a Hub base URL your organisation can reach (a private Hub or a trusted mirror).")],
    },
  ],
  docs: ["https://huggingface.co/docs/transformers/installation#offline-mode", "https://HuggingFace.co/docs/huggingface_hub/package_reference/environment_variables", "https://github.com/hiyouga/LlamaFactory/issues/3503"],
  samples: [
    {
      text: "OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files and it looks like decapoda-research/llama-7b-hf is not the path to a directory containing a file named config.json.\nCheckout your internet connection or see how to run the library in offline mode at 'https://huggingface.co/docs/transformers/installation#offline-mode'.",
      source: "https://github.com/facebookresearch/bitsandbytes/issues/34",
    },
  ],
});
