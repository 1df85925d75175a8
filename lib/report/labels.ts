import type { Category, Language } from "@/lib/classifier/schema";
import type { L } from "./types";

/** Short human names for the categories, for titles, filters and badges. */
export const categoryLabels: Record<Category, L> = {
  "auth.invalid_credentials": { zh: "认证失败：令牌无效", en: "Invalid credentials" },
  "auth.forbidden": { zh: "禁止访问：没有权限", en: "Access forbidden" },
  "billing.quota_exceeded": { zh: "额度用尽：余额或配额不足", en: "Quota or balance exhausted" },
  rate_limit: { zh: "请求过于频繁：触发限流", en: "Rate limited" },
  "model.not_found": { zh: "模型不存在或不可用", en: "Model not found or unavailable" },
  "request.context_length": { zh: "超出上下文长度", en: "Context length exceeded" },
  "request.content_filtered": { zh: "被内容安全策略拦截", en: "Blocked by content filter" },
  "request.invalid": { zh: "请求参数无效", en: "Invalid request" },
  "endpoint.not_found": { zh: "接口地址错误", en: "Wrong endpoint or URL" },
  "upstream.unavailable": { zh: "上游服务不可用或过载", en: "Upstream unavailable or overloaded" },
  "network.timeout": { zh: "网络超时", en: "Network timeout" },
  "network.connection": { zh: "网络连接失败", en: "Connection failed" },
  "network.tls": { zh: "TLS/证书错误", en: "TLS / certificate error" },
  "network.cors": { zh: "浏览器跨域（CORS）拦截", en: "Blocked by CORS" },
  "network.address_in_use": { zh: "端口已被占用", en: "Port already in use" },
  "dependency.missing": { zh: "缺少依赖：模块或程序未安装", en: "Missing dependency" },
  "dependency.install": { zh: "依赖安装失败", en: "Dependency install failed" },
  "code.syntax": { zh: "语法错误", en: "Syntax error" },
  "code.null_reference": { zh: "空值引用：None / nil / 空对象", en: "Null / None reference" },
  "code.type": { zh: "类型错误", en: "Type error" },
  "code.name": { zh: "名称或属性不存在", en: "Unknown name or attribute" },
  "code.index_key": { zh: "键不存在或索引越界", en: "Missing key or index out of range" },
  "code.value": { zh: "参数值无效或断言失败", en: "Invalid value or failed assertion" },
  "data.parse": { zh: "数据解析/编码错误", en: "Data parse / encoding error" },
  "resource.memory": { zh: "内存不足或栈溢出", en: "Out of memory / stack overflow" },
  "fs.not_found": { zh: "文件或目录不存在", en: "File or directory not found" },
  "fs.permission": { zh: "文件权限不足", en: "File permission denied" },
  database: { zh: "数据库错误", en: "Database error" },
  "tool.git": { zh: "Git 操作被拒绝", en: "Git operation refused" },
  "tool.container": { zh: "Docker / Kubernetes 错误", en: "Docker / Kubernetes error" },
  "build.compile": { zh: "编译/构建失败", en: "Build or compile failure" },
  unknown: { zh: "未归类的错误", en: "Unclassified error" },
};

export function categoryLabel(category: Category, language: Language): string {
  return categoryLabels[category][language];
}

export { providerLabel } from "./providers";
