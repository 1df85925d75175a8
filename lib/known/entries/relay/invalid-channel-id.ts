import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.invalid-channel-id",
  category: "request.invalid",
  match: [/无效的渠道 ?Id/i, /"message"\s*:\s*"Invalid channel ID/],
  title: t("令牌里指定的渠道 ID 无效", "The channel id given with the token is invalid"),
  summary: t(
    "管理员可以用「sk-令牌-渠道号」的写法指定渠道；「-」后面的部分不是数字，或者这个渠道不存在时，中转站返回 400「无效的渠道 Id」。",
    "Admins may pick a channel with the form sk-token-channelId; when the part after \"-\" is not a number or no such channel exists, the relay answers 400 \"Invalid channel ID\".",
  ),
  causes: [
    t("令牌后面跟了多余的「-…」，被当成了渠道号", "extra \"-…\" after the token was taken as a channel id"),
    t("指定的渠道已被删除或编号写错", "the given channel was deleted or its number is wrong"),
  ],
  solutions: [
    {
      title: t("去掉令牌后缀，或改成存在的渠道号", "Remove the suffix, or use an existing channel id"),
      steps: [t("普通调用只用控制台显示的令牌本身；需要指定渠道时，在「渠道」页面确认渠道的数字 ID。", "For normal calls use only the token itself; to force a channel, look up its numeric id on the Channels page.")],
    },
    {
      title: t("重新复制完整的令牌", "Copy the token again"),
      steps: [t("从「令牌管理」页面复制，确认末尾没有多余字符。", "Copy it from the token management page and check that nothing trails it.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/middleware/distributor.go", "https://github.com/QuantumNous/new-api/blob/main/middleware/distributor.go"],
  samples: [{ text: '400 {"error":{"message":"无效的渠道 Id","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/middleware/distributor.go" }],
});
