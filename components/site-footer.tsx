import type { Language } from "@/lib/classifier/schema";
import { messages } from "@/lib/i18n/messages";

export function SiteFooter({ lang }: { lang: Language }) {
  const t = messages(lang);
  return (
    <footer className="border-t border-zinc-200 py-6 text-center text-xs text-zinc-500 dark:border-zinc-800 dark:text-zinc-500">
      {t.brand} · {t.tagline}
    </footer>
  );
}
