"use client";

import { useState, useTransition } from "react";
import { writeClipboard } from "@/components/copy-button";
import { useClientValue } from "@/components/use-client-value";
import type { Language } from "@/lib/classifier/schema";
import { messages } from "@/lib/i18n/messages";
import { isOwnedInCookies } from "@/lib/tickets/owner-cookie";
import { deleteTicketAction } from "../actions";

const buttonClass =
  "inline-flex items-center gap-1.5 rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-700 shadow-xs hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800";

export function TicketActions({ id, lang, markdown }: { id: string; lang: Language; markdown: string }) {
  const t = messages(lang).ticket;
  const [notice, setNotice] = useState<string | null>(null);
  // The page is cached for everyone: ownership is read from this browser's cookie.
  const isOwner = useClientValue(() => isOwnedInCookies(document.cookie, id), false);
  const [isDeleting, startDelete] = useTransition();

  async function copy(text: string, done: string) {
    await writeClipboard(text);
    setNotice(done);
    setTimeout(() => setNotice(null), 1800);
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={buttonClass} onClick={() => copy(`${location.origin}/t/${id}`, t.linkCopied)}>
        🔗 {t.copyLink}
      </button>
      <button type="button" className={buttonClass} onClick={() => copy(markdown, t.copied)}>
        📋 {t.copyMarkdown}
      </button>
      <a className={buttonClass} href={`/t/${id}/report.md`} download>
        ⬇️ {t.downloadMarkdown}
      </a>
      {isOwner ? (
        <button
          type="button"
          disabled={isDeleting}
          className={`${buttonClass} border-red-300 text-red-700 hover:bg-red-50 dark:border-red-900 dark:text-red-400 dark:hover:bg-red-950`}
          onClick={() => {
            if (!confirm(t.deleteConfirm)) return;
            startDelete(async () => {
              const result = await deleteTicketAction(id);
              if (result && !result.ok) setNotice(result.message);
            });
          }}
        >
          🗑️ {t.delete}
        </button>
      ) : null}
      <span role="status" aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
        {notice}
      </span>
    </div>
  );
}
