import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "hunyuan.secret-id-not-found",
  category: "auth.invalid_credentials",
  match: [/\bAuthFailure\.(?<code>SecretIdNotFound|InvalidSecretId)\b/],
  title: (c) => t(`腾讯云密钥${c.g.code === "InvalidSecretId" ? "类型不对" : "不存在"}（AuthFailure.${c.g.code ?? "SecretIdNotFound"}）`, `Tencent Cloud key ${c.g.code === "InvalidSecretId" ? "of the wrong type" : "not found"} (AuthFailure.${c.g.code ?? "SecretIdNotFound"})`),
  summary: (c) =>
    c.g.code === "InvalidSecretId"
      ? t("传入的 SecretId 不是腾讯云 API 密钥类型：填进去的是别的凭证，而不是访问管理（CAM）里的 SecretId。", "The SecretId passed is not a Tencent Cloud API key type: some other credential was supplied instead of a SecretId from CAM.")
      : t("SecretId 不存在：密钥已在控制台删除或禁用，或者填写错误（前后不能有空格）。", "The SecretId does not exist: it was deleted or disabled in the console, or entered wrongly (no spaces before or after)."),
  causes: [
    t("密钥已删除或禁用", "the key was deleted or disabled"),
    t("复制密钥时带了空格或换行", "the key was copied with spaces or a newline"),
    t("填的不是访问管理（CAM）的 SecretId，而是其他凭证", "something other than a CAM SecretId was supplied"),
  ],
  solutions: [
    { title: t("在控制台确认密钥状态", "Check the key's status in the console"), steps: [t("在访问管理（CAM）的 API 密钥页面确认 SecretId 存在且已启用，重新复制后重试。", "On the CAM API keys page confirm the SecretId exists and is enabled, copy it again and retry.")] },
    { title: t("确认传给 SDK 的是 SecretId / SecretKey", "Make sure the SDK gets a SecretId / SecretKey"), steps: [t("腾讯云 SDK 和原生接口需要访问管理（CAM）里的 SecretId / SecretKey，检查配置里没有填成其他凭证。", "The Tencent Cloud SDK and native API need a SecretId / SecretKey from CAM; check the configuration holds those and not another credential.")] },
  ],
  docs: ["https://www.tencentcloud.com/document/api/1284/75543"],
  samples: [{ text: "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SecretIdNotFound\",\"Message\":\"Key does not exist.\"}}}", source: "https://www.tencentcloud.com/document/api/1284/75543" }],
});
