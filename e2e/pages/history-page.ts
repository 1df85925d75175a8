import type { Page } from "@playwright/test";

export class HistoryPage {
  constructor(private readonly page: Page) {}

  /** The default view: one row per error group. */
  async open(query: Record<string, string> = {}) {
    const params = new URLSearchParams(query);
    await this.page.goto(`/history${params.size ? `?${params}` : ""}`);
  }

  /** The flat list of every diagnosis ("All diagnoses"). */
  async openAll(query: Record<string, string> = {}) {
    await this.open({ ...query, view: "all" });
  }

  readonly rows = () => this.page.getByTestId("history-row");
  readonly groupRows = () => this.page.getByTestId("group-row");

  async ticketIds(): Promise<string[]> {
    return this.rows().evaluateAll((rows) => rows.map((row) => row.getAttribute("data-ticket-id") ?? ""));
  }

  /** [fingerprint, count] per group row, top to bottom. */
  async groups(): Promise<[string, number][]> {
    return this.groupRows().evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute("data-fingerprint") ?? "", Number(row.getAttribute("data-count"))] as [string, number]),
    );
  }
}
