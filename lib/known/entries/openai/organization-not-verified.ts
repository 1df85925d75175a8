import { defineKnownError, t } from "../../define";
import { chatCall, openaiBase } from "../../llm";

export default defineKnownError({
  id: "openai.organization-not-verified",
  category: "auth.forbidden",
  match: [/Your organization must be verified to (?<what>stream this model|use the model[^\n.]{0,60}|generate reasoning summaries)/, "organizations must be verified to stream this model"],
  title: (c) => t(`OpenAI 组织未验证：${(c.g.what ?? "").startsWith("stream") ? "不能流式调用这个模型" : "不能使用这项功能"}`, `OpenAI organization not verified: ${(c.g.what ?? "").startsWith("stream") ? "this model cannot be streamed" : "this feature is unavailable"}`),
  summary: t(
    "部分模型和功能（例如 o3 的流式输出、gpt-image-1）要求 API 组织先完成 Organization Verification；这个 Key 所属的组织还没有验证，所以请求被拒绝。刚完成验证时，权限最多需要约 15 分钟生效。",
    "Some models and features (o3 streaming, gpt-image-1 …) require the API organization to pass Organization Verification first; the organization behind this key has not, so the request is refused. Right after verifying, access can take up to about 15 minutes to propagate.",
  ),
  causes: [
    t("组织没有完成 OpenAI 的组织验证", "the organization has not completed OpenAI's organization verification"),
    t("验证的是另一个组织：Key 属于未验证的组织，或请求没有带上已验证组织的 OpenAI-Organization 头", "a different organization was verified: the key belongs to an unverified organization, or the request lacks the verified organization's OpenAI-Organization header"),
    t("刚刚验证完成，权限还在传播", "verification just finished and access is still propagating"),
  ],
  solutions: [
    { title: t("在组织设置中完成验证", "Verify the organization"), steps: [t("打开 https://platform.openai.com/settings/organization/general 点击 Verify Organization；完成后等待最多 15 分钟再试。", "Open https://platform.openai.com/settings/organization/general and click Verify Organization; afterwards wait up to 15 minutes and retry.")] },
    {
      title: t("暂时关闭流式，或换用不需要验证的模型", "For now, turn streaming off or use a model that needs no verification"),
      steps: [t("报错只针对流式时，把 stream 设为 false 即可调用；或者改用不要求验证的模型。", "When only streaming is refused, set stream to false; or switch to a model that does not require verification.")],
      code: (c) => chatCall(c, { base: openaiBase(c), keyEnv: "OPENAI_API_KEY", extra: { stream: false }, note: { zh: "未验证的组织先用非流式调用", en: "non-streaming until the organization is verified" } }),
    },
  ],
  docs: ["https://help.openai.com/en/articles/10910291-api-organization-verification", "https://github.com/cunnymessiah/keychecker/pull/12"],
  samples: [
    { text: "openai.BadRequestError: Error code: 400 : {'error': {'message': 'Your organization must be verified to stream this model. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization. If you just verified, it can take up to 15 minutes for access to propagate.', 'type': 'invalid_request_error', 'param': 'stream', 'code': 'unsupported_value'}}", source: "https://github.com/Lamb-Project/lamb/issues/27" },
    { text: "2025-04-16 23:19:50 error: [handleAbortError] AI response error; aborting request: 400 Your organization must be verified to stream this model. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.", source: "https://github.com/danny-avila/LibreChat/issues/6926" },
  ],
});
