import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "relay.token-expired",
  category: "auth.invalid_credentials",
  match: [/该令牌已过期|令牌已过期，无法启用|該令牌已過期/, /\bThis token has expired\b/, /(?<![\w-])令牌已过期/],
  title: t("中转站令牌已过期", "The relay token has expired"),
  summary: t(
    "令牌在中转站控制台里设置了过期时间，时间一到 new-api / one-api 就把它标记为已过期并拒绝请求（401）。令牌本身没有被删除，改一下过期时间就能再用。",
    "The token has an expiry time set in the relay console; once it passes, new-api / one-api marks it expired and rejects requests (401). The token still exists and works again once its expiry is changed.",
  ),
  causes: [t("令牌创建时设置了过期时间，现在已经过了", "the token was created with an expiry time that has now passed")],
  solutions: [
    {
      title: t("在控制台修改令牌的过期时间", "Change the token's expiry in the console"),
      steps: [
        t("打开中转站控制台的「令牌管理」页面，编辑这个令牌，把过期时间改到以后或设为永不过期，保存后再启用。已过期的令牌不改过期时间是无法启用的。", "Open the relay console's Tokens page, edit this token, move its expiry into the future or set it to never expire, save and enable it. An expired token cannot be enabled until its expiry is changed."),
        t("如果令牌是别人（中转站运营方）发给你的，请对方续期或发新令牌。", "If the token was issued to you by the relay's operator, ask them to extend it or issue a new one."),
      ],
    },
    {
      title: t("或者新建一个令牌", "Or create a new token"),
      steps: [t("新建令牌时把过期时间设为永不过期或足够长，然后更新客户端里的 Key。", "Create a token that never expires (or expires far enough ahead) and update the key in the client.")],
    },
  ],
  docs: ["https://github.com/songquanpeng/one-api/blob/main/model/token.go", "https://github.com/songquanpeng/one-api/blob/main/controller/token.go", "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml"],
  samples: [
    { text: '{"error":{"message":"该令牌已过期 (request id: 2025030112000012345678abcdEFGH)","type":"new_api_error","param":"","code":null}}', source: "https://github.com/QuantumNous/new-api/blob/main/i18n/locales/zh-CN.yaml" },
    { text: "openai.AuthenticationError: Error code: 401 - {'error': {'message': '该令牌已过期', 'type': 'one_api_error'}}", source: "https://github.com/songquanpeng/one-api/blob/main/model/token.go" },
  ],
});
