import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "hunyuan.signature-expire",
  category: "auth.invalid_credentials",
  match: [/\bAuthFailure\.SignatureExpire\b/],
  title: t("腾讯云签名过期：本机时间与服务器相差超过 5 分钟", "Tencent Cloud signature expired: local clock more than 5 minutes off"),
  summary: t("签名里带有时间戳，腾讯云要求它与服务器时间相差不超过五分钟；本机（或容器）时钟偏差太大时，所有请求都会因签名过期被拒绝。", "The signature carries a timestamp that must be within five minutes of the server's time; when the machine's (or container's) clock is off by more, every request is refused as expired."),
  causes: [t("本机或容器的系统时间不准（未同步 NTP、虚拟机休眠后时钟漂移）", "the machine's or container's clock is wrong (no NTP sync, drift after a VM resumed)"), t("签名生成后过了很久才发送（例如请求被排队或缓存）", "the request was sent long after it was signed (queued or cached)")],
  solutions: [
    { title: t("校准系统时间", "Fix the system clock"), steps: [t("开启 NTP 时间同步，确认本机时间与标准时间一致后重试。", "Turn on NTP time sync and make sure the clock matches standard time, then retry.")] },
    { title: t("每次请求时重新签名", "Sign each request when sending it"), steps: [t("不要复用旧的签名或提前生成签名；官方 SDK 会在发送时计算。", "Do not reuse or pre-compute signatures; the official SDK signs at send time.")] },
  ],
  docs: ["https://www.tencentcloud.com/document/api/1284/75543"],
  samples: [{ text: "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\",\"Message\":\"Signature expired. Timestamp and server time cannot differ by more than five minutes.\"}}}", source: "https://www.tencentcloud.com/document/api/1284/75543" }],
});
