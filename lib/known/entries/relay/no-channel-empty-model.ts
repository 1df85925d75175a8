import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "relay.no-channel-empty-model",
  category: "model.not_found",
  priority: 1,
  match: [/当前分组\s{0,3}(?<group>[^\s下]{1,60})\s{0,3}下对于模型\s{1,4}无可用渠道/, /No available channel for model\s{1,3}under group (?<group>[^\s(]{1,60})/],
  title: t("中转站没读到请求里的模型名（模型为空，无可用渠道）", "The relay read no model name from the request (empty model, no channel)"),
  summary: (c) =>
    t(
      `错误里「对于模型」后面是空的：中转站从请求体里解析出的 model 是空字符串，当然找不到渠道。问题在请求本身，不在分组 ${ic(c.g.group ?? "?")} 的渠道配置。`,
      `The model slot in the message is empty: the model the relay parsed from the request body is an empty string, so no channel can match. The problem is the request itself, not the channels of group ${ic(c.g.group ?? "?")}.`,
    ),
  causes: [
    t("请求体里没有 model 字段，或者它是空的（客户端配置里模型名没填上）", "the request body has no model field, or it is empty (the client's model setting was left blank)"),
    t("请求体不是 JSON，或者没有带 Content-Type: application/json，中转站按表单去解析，读不到 model", "the body is not JSON or lacks Content-Type: application/json, so the relay parses it as a form and finds no model"),
  ],
  solutions: [
    {
      title: t("确认请求体里带着模型名", "Make sure the body carries the model name"),
      steps: [t("打印或抓包实际发出的请求：必须是 JSON，带 Content-Type: application/json，并有非空的 \"model\" 字段。", "Print or capture the request actually sent: it must be JSON with Content-Type: application/json and a non-empty \"model\" field.")],
    },
    {
      title: t("检查客户端的模型配置", "Check the client's model setting"),
      steps: [t("应用（如 FastGPT、Dify、Cherry Studio）里选中的模型名不能为空，并且要和中转站渠道里的名字完全一致。", "The model selected in the application (FastGPT, Dify, Cherry Studio …) must not be blank and must match the relay channel's name exactly.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/middleware/distributor.go", "https://github.com/songquanpeng/one-api/blob/main/middleware/utils.go", "https://github.com/QuantumNous/new-api/blob/main/middleware/distributor.go"],
  samples: [{ text: '503 {"error":{"message":"当前分组 default 下对于模型  无可用渠道 (request id: 2025030112000012345678abcdEFGH)","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/middleware/distributor.go" }],
});
