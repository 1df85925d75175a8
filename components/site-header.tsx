import Link from "next/link";
import type { Language } from "@/lib/classifier/schema";
import { messages } from "@/lib/i18n/messages";

export function SiteHeader({ lang }: { lang: Language }) {
  const t = messages(lang);
  const other: Language = lang === "zh" ? "en" : "zh";
  return (
    <header className="sticky top-0 z-20 border-b border-zinc-200/80 bg-zinc-50/85 backdrop-blur dark:border-zinc-800/80 dark:bg-zinc-950/85">
      <nav aria-label="Main" className="mx-auto flex h-14 max-w-5xl items-center gap-1 px-4 sm:gap-4">
        <Link href="/" className="mr-auto flex items-center gap-2 font-semibold tracking-tight">
          <LogoMark />
          <span className="text-base">{t.brand}</span>
        </Link>
        <NavLink href="/">{t.nav.home}</NavLink>
        <NavLink href="/history">{t.nav.history}</NavLink>
        <NavLink href="/stats">{t.nav.stats}</NavLink>
        {/* A plain link: the route sets the cookie and sends the reader back, with or without JavaScript. */}
        <a
          href={`/api/locale?to=${other}`}
          hrefLang={other === "zh" ? "zh-CN" : "en"}
          aria-label={`${t.nav.language}: ${t.nav.switchTo}`}
          className="ml-1 rounded-md border border-zinc-300 px-2 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          {t.nav.switchTo}
        </a>
      </nav>
    </header>
  );
}

function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      className="rounded-md px-2 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
    >
      {children}
    </Link>
  );
}

function LogoMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6">
      <rect width="24" height="24" rx="6" className="fill-brand-600" />
      <path d="M7 8.5 10.5 12 7 15.5" fill="none" stroke="white" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M12.5 16h4.5" stroke="white" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
