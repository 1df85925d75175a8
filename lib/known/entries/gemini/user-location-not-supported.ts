import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "gemini.user-location-not-supported",
  category: "auth.forbidden",
  match: ["User location is not supported for the API use"],
  title: t("Gemini API 不支持请求来源地区", "Gemini API does not serve the request's location"),
  summary: t(
    "Gemini API 按请求的出口 IP 判断所在地区；来自不在可用地区列表中的请求返回 400 FAILED_PRECONDITION。与 Key 是否有效无关。",
    "The Gemini API judges location by the request's egress IP; requests from outside its available regions get 400 FAILED_PRECONDITION, whatever the key.",
  ),
  causes: [
    t("调用 API 的机器或代理出口位于 Gemini API 不支持的地区", "the machine or proxy exit calling the API is in a region the Gemini API does not serve"),
    t("托管平台（例如 Cloudflare Workers、CDN 节点）把请求分配到了不受支持地区的节点", "the hosting platform (Cloudflare Workers, a CDN node) ran the request from a node in an unsupported region"),
  ],
  solutions: [
    {
      title: t("从可用地区发出请求", "Call from an available region"),
      steps: [
        t("对照 Gemini API 的 available regions 列表，把调用 API 的服务部署到列表内地区。", "Check the Gemini API's available regions list and run the calling service in one of them."),
        t("用 Serverless / Edge 平台时固定运行区域，避免被调度到不受支持的节点。", "On serverless or edge platforms, pin the region so requests are not scheduled on unsupported nodes."),
      ],
    },
    { title: t("检查代理或 CDN 的出口地区", "Check the proxy or CDN exit region"), steps: [t("通过代理、反向代理或 Cloudflare Workers 转发时，以它们的出口 IP 为准；换用位于可用地区的出口节点。", "Behind a proxy, reverse proxy or Cloudflare Workers, their egress IP counts; use an exit node in an available region.")] },
  ],
  docs: ["https://ai.google.dev/gemini-api/docs/available-regions", "https://github.com/rokbenko/ai-playground/issues/1"],
  samples: [
    { text: "400 FAILED_PRECONDITION. {'error': {'code': 400, 'message': 'User location is not supported for the API use.', 'status': 'FAILED_PRECONDITION'}} keep running. Script ignored the error and", source: "https://github.com/Xeift/Telegram-Discord-Bot/issues/4" },
  ],
});
