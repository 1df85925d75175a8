import { expect, type Page } from "@playwright/test";

export class PastePage {
  constructor(private readonly page: Page) {}

  readonly errorBox = () => this.page.getByRole("textbox", { name: /Error message|报错信息/ });
  readonly contextBox = () => this.page.getByRole("textbox", { name: /What were you doing|你当时在做什么/ });
  readonly submitButton = () => this.page.getByRole("button", { name: /^(Diagnose|开始诊断)$/ });
  readonly formMessage = () => this.page.locator("#form-message[role=alert]");

  async open() {
    await this.page.goto("/");
    await expect(this.errorBox()).toBeVisible();
  }

  async fill({ text, context, lang, unlisted }: { text: string; context?: string; lang?: "zh" | "en"; unlisted?: boolean }) {
    await this.errorBox().fill(text);
    if (context !== undefined) await this.contextBox().fill(context);
    if (lang) await this.page.getByLabel(/Report language|报告语言/).selectOption(lang);
    if (unlisted) await this.page.getByLabel(/Unlisted|不公开/).check();
  }

  /** Submits and waits for the report page; returns the ticket id. */
  async diagnose(input: Parameters<PastePage["fill"]>[0]): Promise<string> {
    await this.fill(input);
    await this.submitButton().click();
    await this.page.waitForURL(/\/t\/[\w-]{16,}$/);
    return new URL(this.page.url()).pathname.split("/").at(-1)!;
  }
}
