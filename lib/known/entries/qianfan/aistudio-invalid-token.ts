import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "qianfan.aistudio-invalid-token",
  category: "auth.invalid_credentials",
  match: ["请在 AI Studio 正确获取访问令牌"],
  title: t("ERNIE SDK：AI Studio 访问令牌无效", "ERNIE SDK: AI Studio access token invalid"),
  summary: t("erniebot / ERNIE SDK 通过飞桨 AI Studio 的访问令牌（access token）鉴权；当前配置的令牌无效或没有权限。", "erniebot / the ERNIE SDK authenticates with a PaddlePaddle AI Studio access token; the configured token is invalid or has no permission."),
  causes: [t("没有配置或配置了错误的 AI Studio 访问令牌", "the AI Studio access token is missing or wrong")],
  solutions: [{ title: t("在 AI Studio 官网获取访问令牌", "Get the access token from AI Studio"), steps: [t("登录 AI Studio，在个人中心获取访问令牌，配置到 SDK 读取访问令牌的位置。", "Log in to AI Studio, copy the access token from your personal center and set it where the SDK reads its access token.")] },
    { title: t("确认令牌已传给 SDK", "Make sure the token reaches the SDK"), steps: [t("令牌为空或读取了错误的配置同样会报这个错；打印（脱敏后）实际使用的令牌来源确认。", "An empty token or one read from the wrong configuration gives the same error; check (masked) where the token actually comes from.")] },
  ],
  docs: ["https://github.com/PaddlePaddle/ERNIE-SDK/issues/348"],
  samples: [{ text: "erniebot.errors.InvalidTokenError: 暂无权限使用，请在 AI Studio 正确获取访问令牌(access token)使用", source: "https://github.com/PaddlePaddle/ERNIE-SDK/issues/348" }],
});
