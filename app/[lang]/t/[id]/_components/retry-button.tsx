"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useClientValue } from "@/components/use-client-value";
import type { Language } from "@/lib/classifier/schema";
import { messages } from "@/lib/i18n/messages";
import { cn } from "@/lib/render/cn";
import { isOwnedInCookies } from "@/lib/tickets/owner-cookie";
import { retryAction } from "../actions";

/** Retry (failed or rules-only) or regenerate the AI report: shown to the ticket's owner only. */
export function RetryButton({ id, lang, kind }: { id: string; lang: Language; kind: "retry" | "regenerate" }) {
  const t = messages(lang).ticket;
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  // Only the owner may run the AI again (the server checks too); the page is cached for
  // everyone, so ownership is read from this browser's cookie.
  const isOwner = useClientValue(() => isOwnedInCookies(document.cookie, id), false);
  if (!isOwner) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            const result = await retryAction(id);
            if (result.ok) router.refresh();
            else setMessage(result.message ?? null);
          })
        }
        className={cn(
          "rounded-lg px-3 py-1.5 text-sm font-semibold shadow-xs disabled:opacity-60",
          kind === "retry"
            ? "bg-brand-600 text-white hover:bg-brand-700"
            : "border border-zinc-300 bg-white text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200",
        )}
      >
        {isPending ? t.retrying : kind === "retry" ? `✨ ${t.retry}` : `↻ ${t.regenerate}`}
      </button>
      {message ? <span role="alert" className="text-sm text-red-700 dark:text-red-400">{message}</span> : null}
    </span>
  );
}
