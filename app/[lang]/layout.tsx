import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { isLocale, locales } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import "../globals.css";

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<"/[lang]">): Promise<Metadata> {
  const { lang } = await params;
  const t = messages(isLocale(lang) ? lang : "en");
  return {
    title: { default: `errdoc — ${t.tagline}`, template: "%s · errdoc" },
    description: t.home.intro,
    applicationName: "errdoc",
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default async function RootLayout({ children, params }: LayoutProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <html lang={lang === "zh" ? "zh-CN" : "en"}>
      <body className="flex min-h-dvh flex-col">
        <SiteHeader lang={lang} />
        <div className="flex-1">{children}</div>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}
