import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.specific-channel-forbidden",
  category: "auth.forbidden",
  match: [/普通用户不支持指定渠道/],
  title: t("令牌后面多了「-渠道号」，只有管理员能指定渠道", "The token has a \"-channel\" suffix; only admins may pick a channel"),
  summary: t(
    "one-api / new-api 会把令牌里第一个「-」后面的部分当作渠道 ID（sk-令牌-渠道号），用来让管理员强制走某个渠道。普通用户的令牌带了这个后缀，就会被 403 拒绝。",
    "one-api / new-api treats whatever follows the first \"-\" in the token as a channel id (sk-token-channelId), so admins can force a channel. A regular user's token with such a suffix is refused with 403.",
  ),
  causes: [
    t("复制令牌时多带了字符：令牌后面跟了「-xxx」（例如拼接了别的内容）", "the token was copied with extra characters: something like \"-xxx\" follows it"),
    t("按管理员的用法在令牌后面加了渠道号，但当前用户不是管理员", "a channel id was appended as admins do, but this user is not an admin"),
  ],
  solutions: [
    {
      title: t("只使用控制台里显示的完整令牌，不加后缀", "Use the token exactly as the console shows it, with no suffix"),
      steps: [t("从「令牌管理」页面重新复制令牌，确认末尾没有多出的「-…」部分。", "Copy the token again from the token management page and check that nothing like \"-…\" follows it.")],
    },
    {
      title: t("需要固定渠道时，请管理员操作", "If a fixed channel is needed, ask an admin"),
      steps: [t("只有管理员的令牌可以用「sk-令牌-渠道号」指定渠道。", "Only admin tokens may pin a channel with sk-token-channelId.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/middleware/auth.go", "https://github.com/QuantumNous/new-api/blob/main/middleware/auth.go"],
  samples: [{ text: '403 {"error":{"message":"普通用户不支持指定渠道","type":"one_api_error"}}', source: "https://github.com/songquanpeng/one-api/blob/main/middleware/auth.go" }],
});
