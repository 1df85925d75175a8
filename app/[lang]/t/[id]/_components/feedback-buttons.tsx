"use client";

import { useState } from "react";
import { useClientValue } from "@/components/use-client-value";
import type { Language } from "@/lib/classifier/schema";
import { messages } from "@/lib/i18n/messages";
import { feedbackAction } from "../actions";

type Vote = "up" | "down";

const storageKey = (id: string) => `errdoc:feedback:${id}`;

function readVote(id: string): Vote | null {
  const saved = localStorage.getItem(storageKey(id));
  return saved === "up" || saved === "down" ? saved : null;
}

export function FeedbackButtons({ id, lang }: { id: string; lang: Language }) {
  const t = messages(lang).ticket;
  const saved = useClientValue(() => readVote(id), null);
  const [chosen, setChosen] = useState<Vote | null>(null);
  const vote = chosen ?? saved;

  async function send(next: Vote) {
    if (next === vote) return;
    setChosen(next);
    localStorage.setItem(storageKey(id), next);
    await feedbackAction(id, next === "up");
  }

  // Both answers stay on screen: the server keeps one vote per client, so a second click changes it.
  const buttonClass =
    "rounded-lg border border-zinc-300 px-3 py-1 text-sm aria-pressed:font-semibold aria-pressed:ring-2 aria-pressed:ring-brand-500/40 dark:border-zinc-700";
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-xl border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900/40">
      <span className="text-sm font-medium">{t.feedbackQuestion}</span>
      <button
        type="button"
        onClick={() => send("up")}
        aria-label={t.feedbackYes}
        aria-pressed={vote === "up"}
        className={`${buttonClass} hover:bg-emerald-50 dark:hover:bg-emerald-950`}
      >
        👍 {t.feedbackYes}
      </button>
      <button
        type="button"
        onClick={() => send("down")}
        aria-label={t.feedbackNo}
        aria-pressed={vote === "down"}
        className={`${buttonClass} hover:bg-red-50 dark:hover:bg-red-950`}
      >
        👎 {t.feedbackNo}
      </button>
      <span role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
        {vote ? t.feedbackThanks : null}
      </span>
    </div>
  );
}
