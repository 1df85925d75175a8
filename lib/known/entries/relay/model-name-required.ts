import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.model-name-required",
  category: "request.invalid",
  match: [/未指定模型名称，模型名称不能为空/, /Model name not specified, model name cannot be empty/],
  title: t("请求里没有模型名", "The request names no model"),
  summary: t(
    "new-api 在选渠道前先读请求体里的 model 字段；它为空时直接返回 400，不会转发。",
    "new-api reads the body's model field before choosing a channel; when it is empty it answers 400 and forwards nothing.",
  ),
  causes: [
    t("请求体里 model 字段缺失或为空字符串", "the body's model field is missing or an empty string"),
    t("客户端或应用的模型设置没填", "the client's or application's model setting is blank"),
  ],
  solutions: [
    {
      title: t("在请求里写上模型名", "Put the model name in the request"),
      steps: [t("在 JSON 请求体里加上 \"model\"，值用中转站 /v1/models 列出的名字。", "Add \"model\" to the JSON body, using a name listed by the relay's /v1/models.")],
    },
    {
      title: t("检查应用里的模型配置是否为空", "Check whether the application's model setting is empty"),
      steps: [t("FastGPT、Dify 等应用里选中的模型名不能为空。", "The model selected in FastGPT, Dify or similar apps must not be blank.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/middleware/distributor.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [{ text: '400 {"error":{"message":"未指定模型名称，模型名称不能为空","type":"new_api_error"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" }],
});
