import type { Page } from "@playwright/test";

export class HistoryPage {
  constructor(private readonly page: Page) {}

  async open(query: Record<string, string> = {}) {
    const params = new URLSearchParams(query);
    await this.page.goto(`/history${params.size ? `?${params}` : ""}`);
  }

  readonly rows = () => this.page.getByTestId("history-row");

  async ticketIds(): Promise<string[]> {
    return this.rows().evaluateAll((rows) => rows.map((row) => row.getAttribute("data-ticket-id") ?? ""));
  }
}
