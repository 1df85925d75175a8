import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.no-available-key",
  category: "upstream.unavailable",
  match: [/没有可用的渠道密钥/, /No available channel keys/, /channel:no_available_key/],
  title: t("渠道里所有的上游 Key 都不可用", "Every upstream key in the channel is unavailable"),
  summary: t(
    "new-api 的一个渠道可以配置多把上游 Key；选中的渠道里已经没有一把可用（都被禁用或失效），请求无法发往上游。",
    "A new-api channel can hold several upstream keys; the chosen channel has none left that can be used (all disabled or dead), so the request cannot go upstream.",
  ),
  causes: [t("渠道里的上游 Key 失效、额度用完或被自动禁用", "the channel's upstream keys died, ran out of quota or were disabled automatically")],
  solutions: [
    {
      title: t("管理员：在渠道里补充或重新启用上游 Key", "Admin: add or re-enable upstream keys in the channel"),
      steps: [t("在「渠道」页面检查该渠道的多密钥状态，替换失效的 Key 后用「测试」确认。", "On the Channels page, check the channel's key list, replace the dead keys and confirm with Test.")],
    },
    {
      title: t("非管理员：联系运营方或稍后再试", "Not the admin: contact the operator or try later"),
      steps: [t("这是渠道配置问题，用户侧只能等待运营方补充密钥。", "This is channel configuration; users can only wait for the operator to add keys.")],
    },
  ],
  docs: ["https://github.com/QuantumNous/new-api/blob/main/types/error.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [{ text: '{"error":{"message":"没有可用的渠道密钥","type":"new_api_error","code":"channel:no_available_key"}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" }],
});
