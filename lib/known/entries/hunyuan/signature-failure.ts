import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "hunyuan.signature-failure",
  category: "auth.invalid_credentials",
  match: [/\bAuthFailure\.SignatureFailure\b/],
  title: t("腾讯云签名校验失败（AuthFailure.SignatureFailure）", "Tencent Cloud signature check failed (AuthFailure.SignatureFailure)"),
  summary: t(
    "腾讯云 API（包括混元的原生接口）用 SecretId / SecretKey 计算请求签名；服务端按你的 SecretId 重新计算后对不上，说明 SecretKey 不对，或签名计算过程有误。",
    "Tencent Cloud APIs (Hunyuan's native API included) sign each request with the SecretId / SecretKey; the server recomputed the signature for your SecretId and it did not match, so the SecretKey is wrong or the signing was computed incorrectly.",
  ),
  causes: [
    t("SecretKey 与 SecretId 不是同一对（复制错、用了旧的或另一个账号的）", "the SecretKey does not belong to the SecretId (copied wrongly, an old one, or another account's)"),
    t("自己实现签名时计算有误（规范请求串、时间戳或区域参数不对）", "a hand-written signature was computed incorrectly (canonical request, timestamp or region)"),
  ],
  solutions: [
    { title: t("核对 SecretId / SecretKey", "Check the SecretId / SecretKey pair"), steps: [t("在腾讯云访问管理（CAM）的 API 密钥页面确认这对密钥，重新设置后重试，注意前后不要有空格。", "Confirm the pair on the API keys page of Tencent Cloud CAM, set them again and retry, with no spaces around them.")] },
    { title: t("使用官方 SDK 签名", "Let the official SDK sign"), steps: [t("用腾讯云官方 SDK（TencentCloud SDK）发请求，由 SDK 计算签名，避免手写签名出错。", "Send requests with the official Tencent Cloud SDK so it computes the signature, instead of signing by hand.")] },
  ],
  docs: ["https://www.tencentcloud.com/document/api/1284/75543"],
  samples: [{ text: "{\n    \"Response\": {\n        \"Error\": {\n            \"Code\": \"AuthFailure.SignatureFailure\",\n            \"Message\": \"The provided credentials could not be validated. Please check your signature is correct.\"\n        },\n        \"RequestId\": \"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\"\n    }\n}", source: "https://www.tencentcloud.com/document/api/1284/75543" }],
});
