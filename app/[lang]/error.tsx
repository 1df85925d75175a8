"use client";

import { useParams } from "next/navigation";
import { isLocale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang } = useParams<{ lang?: string }>();
  const t = messages(isLocale(lang) ? lang : "en").errors;
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-5xl" aria-hidden="true">
        🧯
      </p>
      <p role="alert" className="mt-4 text-zinc-700 dark:text-zinc-300">
        {t.generic}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        {t.tryAgain}
      </button>
    </main>
  );
}
