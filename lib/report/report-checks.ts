/**
 * What `npm run eval:reports` and the corpus tests measure on one report; pure, no parsing
 * (code parsing is batched by the caller).
 */
import type { Classification } from "@/lib/classifier/schema";
import { docsLinkAsHost, foreignProviderCode, wrongEcosystemCode } from "./audit";
import type { Report } from "./schema";

export interface ReportFindings {
  wrongEcosystem: string[];
  foreignProvider: string[];
  docsHost: boolean;
  /** When a fix token is given: whether solution 1 carries it. */
  carriesFix: boolean | null;
}

export function solutionOneText(report: Report): string {
  const s = report.solutions[0];
  return s ? [s.title, ...s.steps, s.code?.content ?? ""].join("\n") : "";
}

export function checkReport(report: Report, c: Classification, pasted: string, fix?: string): ReportFindings {
  return {
    wrongEcosystem: wrongEcosystemCode(report.solutions, c),
    foreignProvider: foreignProviderCode(report.solutions, c, pasted),
    docsHost: docsLinkAsHost(c, pasted),
    carriesFix: fix === undefined ? null : solutionOneText(report).toLowerCase().includes(fix.toLowerCase()),
  };
}
