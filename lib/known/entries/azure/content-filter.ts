import { defineKnownError, t } from "../../define";

const zhCat: Record<string, string> = { hate: "仇恨", sexual: "色情", violence: "暴力", self_harm: "自残", jailbreak: "越狱（Prompt Shields）", protected_material_text: "受保护文本", protected_material_code: "受保护代码" };

export default defineKnownError({
  id: "azure.content-filter",
  category: "request.content_filtered",
  match: [
    /['"](?<cat>hate|sexual|violence|self_harm|jailbreak|protected_material_text|protected_material_code)['"]\s*:\s*\{\s*['"]filtered['"]\s*:\s*(?:True|true)/,
    "ResponsibleAIPolicyViolation",
    "triggering Azure OpenAI's content management policy",
    "triggering Azure OpenAI’s content management policy",
  ],
  title: (c) => t(`Azure OpenAI 内容过滤拦截${c.g.cat ? `（${zhCat[c.g.cat] ?? c.g.cat}）` : ""}`, `Blocked by the Azure OpenAI content filter${c.g.cat ? ` (${c.g.cat})` : ""}`),
  summary: (c) =>
    t(
      `Azure OpenAI 的内容过滤在请求进入模型之前检查提示词（也会检查输出），${c.g.cat ? `这次是“${zhCat[c.g.cat] ?? c.g.cat}”类别被标记为 filtered，` : ""}于是返回 400 content_filter（ResponsibleAIPolicyViolation）。这是部署上的过滤配置决定的，与 Key、配额无关。`,
      `Azure OpenAI's content filter checks the prompt before it reaches the model (and checks output too); ${c.g.cat ? `this time the ${c.g.cat} category was marked filtered, ` : ""}so it returned 400 content_filter (ResponsibleAIPolicyViolation). It follows the deployment's filter configuration and has nothing to do with keys or quota.`,
    ),
  causes: [
    t("提示词或对话历史中的内容被某个类别（仇恨、色情、暴力、自残）判定为达到阈值", "content in the prompt or history met the threshold of a category (hate, sexual, violence, self-harm)"),
    t("Prompt Shields 把提示判定为越狱尝试（jailbreak detected）", "Prompt Shields judged the prompt a jailbreak attempt (jailbreak detected)"),
    t("累积的对话历史（例如代码、安全相关讨论）中某一段触发了过滤，之后每次请求都会被拦", "one piece of accumulated history (code, security discussion …) trips the filter, and every later request is blocked too"),
  ],
  solutions: [
    { title: t("修改或移除触发过滤的内容", "Change or remove the content that triggers it"), steps: [t("查看响应里 content_filter_result 中 filtered 为 true 的类别，改写对应内容；对话类应用清理或截断触发过滤的历史消息。", "Look at which categories have filtered: true in content_filter_result and rewrite that content; in chat apps, clear or truncate the history that triggers it.")] },
    { title: t("误判时调整部署的内容过滤配置", "For false positives, adjust the deployment's content filter"), steps: [t("在 Azure AI Foundry 中为该部署创建自定义内容过滤配置（可调阈值的类别取决于你的访问权限），并关联到部署。", "In Azure AI Foundry create a custom content filter configuration for the deployment (which thresholds you may change depends on your access) and attach it to the deployment.")] },
    { title: t("代码里不要重试", "Do not retry it in code"), steps: [t("content_filter 对相同输入是确定性的，重试只会重复失败；捕获后向用户说明或跳过该条。", "content_filter is deterministic for the same input; retrying only repeats the failure. Catch it and inform the user or skip the item.")] },
  ],
  docs: ["https://github.com/openai/openai-python/issues/331", "https://github.com/Oaklight/argo-proxy/issues/91", "https://github.com/compl-ai/compl-ai/issues/20"],
  samples: [
    { text: "Error: (content_filter) The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766\nCode: content_filter\nInner error: {\n    \"code\": \"ResponsibleAIPolicyViolation\",\n    \"content_filter_result\": {\n        \"jailbreak\": {\n            \"filtered\": true,\n            \"detected\": true\n        }\n    }\n}", source: "https://github.com/simonw/research/issues/16" },
  ],
});
