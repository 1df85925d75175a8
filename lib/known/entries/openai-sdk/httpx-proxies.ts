import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "openai-sdk.httpx-proxies",
  category: "code.type",
  match: [/__init__\(\) got an unexpected keyword argument 'proxies'/],
  title: t("旧版 SDK 与 httpx 0.28 不兼容（proxies 参数已删除）", "An old SDK does not work with httpx 0.28 (the proxies argument was removed)"),
  summary: t(
    "httpx 0.28.0 删除了早已弃用的 proxies 参数，而旧版 openai（1.55.3 之前）、anthropic 等 SDK 创建 httpx 客户端时还在传它，于是一创建客户端就抛 TypeError。代码本身没写错，是两个包的版本组合不兼容。",
    "httpx 0.28.0 removed the long-deprecated proxies argument, while older SDKs (openai before 1.55.3, anthropic and others) still pass it when they create their httpx client, so creating the client raises TypeError. The code is fine; the two package versions do not fit together.",
  ),
  causes: [
    t("环境里 httpx 升级到了 0.28+，而 SDK 还是旧版本（常见于 requirements 锁死了旧 SDK、却没锁 httpx）", "httpx was upgraded to 0.28+ while the SDK stayed old (common when requirements pin the old SDK but not httpx)"),
  ],
  solutions: [
    {
      title: t("升级 SDK（openai ≥ 1.55.3）", "Upgrade the SDK (openai ≥ 1.55.3)"),
      steps: [t("新版 SDK 已适配 httpx 0.28；用到 anthropic 等其他 SDK 时一并升级。", "Newer SDKs handle httpx 0.28; upgrade anthropic and the other SDKs in use as well.")],
      code: () => block("bash", ['python -m pip install -U "openai>=1.55.3"', "python -m pip show openai httpx"]),
    },
    {
      title: t("暂时不能升级 SDK 时，把 httpx 固定在 0.28 之前", "If the SDK cannot be upgraded yet, pin httpx below 0.28"),
      steps: [t("把 httpx<0.28 写进 requirements，防止再被升级。", "Put httpx<0.28 in requirements so it is not upgraded again.")],
      code: () => block("bash", ['python -m pip install "httpx<0.28"']),
    },
  ],
  docs: ["https://github.com/openai/openai-python/blob/main/CHANGELOG.md", "https://github.com/encode/httpx/releases/tag/0.28.0"],
  samples: [{ text: '  File "/venv/lib/python3.11/site-packages/openai/_base_client.py", line 738, in __init__\n    self._client = http_client or SyncHttpxClientWrapper(\nTypeError: Client.__init__() got an unexpected keyword argument \'proxies\'', source: "https://github.com/openai/openai-python/blob/main/CHANGELOG.md" }],
});
