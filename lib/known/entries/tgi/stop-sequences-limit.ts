import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "tgi.stop-sequences-limit",
  category: "request.invalid",
  match: [/`stop` supports up to (?<max>\d{1,4}) stop sequences\.\s*Given: (?<given>\d{1,6})/],
  title: (c) => t(`stop 序列太多：TGI 最多 ${c.g.max ?? "?"} 个，请求给了 ${c.g.given ?? "?"} 个`, `Too many stop sequences: TGI allows ${c.g.max ?? "?"}, the request has ${c.g.given ?? "?"}`),
  summary: t(
    "TGI 限制每个请求的 stop 序列数量（服务端参数 --max-stop-sequences，默认 4）；框架自动追加的停止词加上你自己的，很容易超过。",
    "TGI caps the number of stop sequences per request (the server's --max-stop-sequences, 4 by default); stop words added automatically by a framework plus your own easily exceed it.",
  ),
  causes: [t("客户端或框架（如 LangChain 的 Agent）传入的 stop 列表超过了服务端上限", "the client or framework (e.g. a LangChain agent) passes more stop sequences than the server allows")],
  solutions: [
    {
      title: t("减少 stop 序列", "Send fewer stop sequences"),
      steps: [t("只保留必需的停止词。", "Keep only the stop words you need.")],
    },
    {
      title: t("自己部署时调大 --max-stop-sequences", "If you run the server, raise --max-stop-sequences"),
      steps: [t("重启 TGI 时传入更大的值。", "Restart TGI with a larger value.")],
    },
  ],
  docs: ["https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs", "https://github.com/huggingface/text-generation-inference/blob/main/docs/source/reference/launcher.md"],
  samples: [{ text: '422 {"error":"Input validation error: `stop` supports up to 4 stop sequences. Given: 6","error_type":"validation"}', source: "https://github.com/huggingface/text-generation-inference/blob/main/router/src/validation.rs" }],
});
