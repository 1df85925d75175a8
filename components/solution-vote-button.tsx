"use client";

import { useState, useSyncExternalStore } from "react";

const EVENT = "errdoc:solution-vote";
const storageKey = (id: string) => `errdoc:solution:${id}`;

function readChoice(id: string): number | null {
  const saved = Number(localStorage.getItem(storageKey(id)));
  return Number.isInteger(saved) && saved > 0 ? saved : null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/**
 * "This fixed it" on one solution. The server keeps one choice per client per ticket, so
 * pressing another solution's button moves it; this browser remembers the last choice, and
 * every button of the page follows it.
 */
export function SolutionVoteButton({
  ticketId,
  solution,
  label,
  thanks,
  vote,
}: {
  ticketId: string;
  solution: number;
  label: string;
  thanks: string;
  vote: (ticketId: string, solution: number) => Promise<{ ok: boolean }>;
}) {
  const current = useSyncExternalStore(subscribe, () => readChoice(ticketId), () => null);
  const [pending, setPending] = useState(false);
  const pressed = current === solution;

  async function send() {
    if (pressed || pending) return;
    setPending(true);
    const result = await vote(ticketId, solution);
    setPending(false);
    if (!result.ok) return;
    localStorage.setItem(storageKey(ticketId), String(solution));
    window.dispatchEvent(new Event(EVENT));
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={send}
        aria-pressed={pressed}
        disabled={pending}
        data-testid="solution-vote"
        className="rounded-lg border border-zinc-300 px-3 py-1 text-sm hover:bg-emerald-50 disabled:opacity-60 aria-pressed:border-emerald-500 aria-pressed:bg-emerald-50 aria-pressed:font-semibold aria-pressed:text-emerald-800 dark:border-zinc-700 dark:hover:bg-emerald-950 dark:aria-pressed:bg-emerald-950 dark:aria-pressed:text-emerald-200"
      >
        ✅ {label}
      </button>
      <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        {pressed ? thanks : null}
      </span>
    </span>
  );
}
