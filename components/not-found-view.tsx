"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { isLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";

/** A client component so the 404 reads the language from the route, without making pages dynamic. */
export function NotFoundView({ kind }: { kind: "ticket" | "page" }) {
  const { lang } = useParams<{ lang?: string }>();
  const t = messages(isLocale(lang) ? lang : "en");
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-5xl" aria-hidden="true">
        🔎
      </p>
      <h1 className="mt-4 text-2xl font-semibold">{kind === "ticket" ? t.ticket.notFoundTitle : t.errors.pageNotFound}</h1>
      {kind === "ticket" ? <p className="mt-2 text-zinc-600 dark:text-zinc-400">{t.ticket.notFoundBody}</p> : null}
      <Link
        href="/"
        className="mt-6 inline-block rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        {kind === "ticket" ? t.ticket.newDiagnosis : t.errors.backHome}
      </Link>
    </main>
  );
}
