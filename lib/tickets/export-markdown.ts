import type { Ticket } from "@/lib/db/schema";
import { formatTicketTime } from "@/lib/i18n/format-time";
import { showBidiControls } from "@/lib/render/bidi";
import { basisText, sourcesLabel } from "@/lib/report/basis";

/**
 * The downloadable report: the error and its facts, then the report's own Markdown. Bidi
 * controls from the paste are written as visible markers (`⟨U+202E⟩`): a text editor would
 * otherwise show `invoice\u202Efdp.exe` as "invoiceexe.pdf". The API keeps the exact text.
 */
export function ticketToMarkdown(ticket: Ticket, url: string): string {
  return showBidiControls(rawMarkdown(ticket, url));
}

function rawMarkdown(ticket: Ticket, url: string): string {
  const c = ticket.classification;
  const zh = ticket.language === "zh";
  const fence = "`".repeat(Math.max(3, longestBacktickRun(ticket.input) + 1));
  const facts = [
    [zh ? "类别" : "Category", c.category],
    [zh ? "HTTP 状态码" : "HTTP status", c.httpStatus],
    [zh ? "服务商" : "Provider", c.provider],
    [zh ? "错误类型" : "Error type", c.errorType],
    [zh ? "请求 ID" : "Request ID", c.requestId],
  ]
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([label, value]) => `- ${label}: \`${value}\``);
  // The rule report's Markdown states its basis; an AI answer does not, so say it here.
  const report = ticket.report;
  const basis = basisText(report.basis ?? "category", report.knownError ?? null, ticket.language);
  const basisLines = report.markdown.includes(basis)
    ? []
    : [`> ${basis}`, ...(report.knownError?.docs.length ? [`> ${sourcesLabel(ticket.language)}: ${report.knownError.docs.map((d) => `<${d}>`).join(" · ")}`] : []), ""];
  return [
    `# ${ticket.title}`,
    "",
    `${formatTicketTime(ticket.createdAt, ticket.language, "UTC")} UTC · ${zh ? "状态" : "status"}: ${ticket.status} · ${url}`,
    "",
    `## ${zh ? "错误信息" : "Error"}`,
    "",
    `${fence}text`,
    ticket.input,
    fence,
    "",
    ...facts,
    "",
    ...basisLines,
    stripLeadingTitle(ticket.report.markdown),
    "",
  ].join("\n");
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

function stripLeadingTitle(markdown: string): string {
  return markdown.replace(/^\s*#\s[^\n]*\n+/, "");
}
