import { expect, type Page } from "@playwright/test";

export class TicketPage {
  constructor(private readonly page: Page) {}

  async open(id: string) {
    await this.page.goto(`/t/${id}`);
  }

  readonly category = () => this.page.getByTestId("category");
  readonly pastedError = () => this.page.getByTestId("pasted-error");
  readonly fact = (name: string) => this.page.locator(`[data-fact="${name}"] dd`);
  readonly status = () => this.page.locator("[data-status]").first();
  readonly reportSource = () => this.page.getByTestId("report-source");
  readonly section = (name: RegExp) => this.page.getByRole("region", { name });

  async expectCategory(category: string) {
    await expect(this.category()).toHaveAttribute("data-category", category);
  }

  async expectFacts(facts: Record<string, string>) {
    for (const [name, value] of Object.entries(facts)) await expect(this.fact(name)).toHaveText(value);
  }

  async expectAllSections() {
    for (const name of [/原因分析|Cause analysis/, /解决方案|Solutions/, /预防措施|Prevention/, /推荐工具|Recommended tools/]) {
      await expect(this.page.getByRole("heading", { name })).toBeVisible();
    }
  }
}
