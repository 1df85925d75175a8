import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { decodeCursor } from "@/lib/db/tickets";
import { showBidiControls } from "@/lib/render/bidi";
import { listHistory } from "@/lib/tickets/service";
import { HistoryList } from "../../_components/history-list";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lang]/history/g/[fingerprint]">): Promise<Metadata> {
  const { lang } = await params;
  return { title: messages(isLocale(lang) ? lang : "en").history.groupHeading };
}

/** Every listed occurrence of one error (one fingerprint), newest first. */
export default async function GroupPage({ params, searchParams }: PageProps<"/[lang]/history/g/[fingerprint]">) {
  const { lang, fingerprint } = await params;
  if (!isLocale(lang) || !/^[\w-]{1,64}$/.test(fingerprint)) notFound();
  const { cursor: rawCursor } = await searchParams;
  const cursor = typeof rawCursor === "string" ? decodeCursor(rawCursor) : null;
  const page = listHistory({
    query: { limit: 50 },
    grouped: false,
    filters: { fingerprint },
    cursor: cursor?.kind === "time" ? cursor : null,
  });
  if (page.items.length === 0) notFound();
  const t = messages(lang);
  const first = page.items[0]!;
  return (
    <main className="mx-auto max-w-4xl px-4 pt-8 pb-16">
      <p className="text-sm">
        <Link href="/history" className="text-brand-700 hover:underline dark:text-brand-400">
          ← {t.history.heading}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t.history.groupHeading}</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        <bdi>{showBidiControls(first.title)}</bdi>
        {first.group ? ` · ${t.ticket.seenTimes(first.group.count)}` : null}
      </p>
      <div className="mt-6">
        <HistoryList items={page.items} lang={lang} query="" />
      </div>
      {page.nextCursor ? (
        <p className="mt-4 text-right text-sm">
          <Link href={`/history/g/${fingerprint}?cursor=${page.nextCursor}`} className="font-medium text-brand-700 hover:underline dark:text-brand-400">
            {t.history.next} →
          </Link>
        </p>
      ) : null}
    </main>
  );
}
