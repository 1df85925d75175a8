import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai.unsupported-country",
  category: "auth.forbidden",
  match: ["unsupported_country_region_territory", "Country, region, or territory not supported"],
  title: t("OpenAI 不支持请求来源的国家或地区", "OpenAI does not serve the country or region the request came from"),
  summary: t(
    "OpenAI 按请求的出口 IP 判断国家或地区；来自不受支持地区的请求一律返回 403 request_forbidden，与 Key 和余额无关。",
    "OpenAI judges the country or region by the request's egress IP; requests from unsupported regions get 403 request_forbidden, whatever the key or balance.",
  ),
  causes: [
    t("程序运行的机器（本机、服务器或云函数）位于 OpenAI 不支持的国家或地区", "the machine running the program (laptop, server or cloud function) is in a country or region OpenAI does not support"),
    t("部署平台把请求分配到了不受支持地区的节点或出口 IP（例如边缘函数、CDN 节点）", "the hosting platform routed the request through a node or egress IP in an unsupported region (edge functions, CDN nodes)"),
  ],
  solutions: [
    {
      title: t("从受支持的地区发出请求", "Send the request from a supported region"),
      steps: [
        t("对照 OpenAI 的支持地区列表（https://platform.openai.com/docs/supported-countries），把调用 API 的服务部署到列表内地区的服务器上。", "Check OpenAI's list of supported countries and territories (https://platform.openai.com/docs/supported-countries) and run the service that calls the API on a server in one of them."),
        t("使用 Serverless / Edge 平台时，固定函数的运行区域，避免被调度到不受支持的地区。", "On serverless or edge platforms, pin the function's region so it is not scheduled in an unsupported one."),
      ],
    },
    { title: t("检查代理、云函数的出口 IP", "Check the egress IP of proxies and cloud functions"), steps: [t("请求经过代理或托管平台时，OpenAI 看到的是它们的出口 IP；确认这个出口位于受支持的地区。", "Behind a proxy or hosting platform, OpenAI sees its egress IP; make sure that exit is in a supported region.")] },
  ],
  docs: ["https://developers.openai.com/docs/guides/error-codes"],
  samples: [
    { text: "Error: GPT-5 - 403\n{\"code\":\"unsupported_country_region_territory\",\"message\":\"Country, region, or territory not supported\",\"param\":null,\"type\":\"request_forbidden\"}", source: "https://github.com/continuedev/continue/issues/11449" },
  ],
});
