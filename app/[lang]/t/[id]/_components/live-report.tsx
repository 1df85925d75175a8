"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";
import type { Language } from "@/lib/classifier/schema";
import { messages } from "@/lib/i18n/messages";
import { showBidiControls } from "@/lib/render/bidi";

/** Shows the LLM's text as it streams in (server-sent events), then reloads the finished page. */
export function LiveReport({ id, lang }: { id: string; lang: Language }) {
  const t = messages(lang).ticket;
  const router = useRouter();
  const [text, setText] = useState("");
  const endRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const source = new EventSource(`/api/v1/diagnoses/${id}/events`);
    source.addEventListener("snapshot", (e) => setText(JSON.parse((e as MessageEvent<string>).data).text));
    source.addEventListener("delta", (e) => setText((prev) => prev + JSON.parse((e as MessageEvent<string>).data).text));
    source.addEventListener("reset", () => setText(""));
    source.addEventListener("done", () => {
      source.close();
      router.refresh();
    });
    return () => source.close();
  }, [id, router]);

  return (
    <section
      aria-labelledby="live-heading"
      aria-busy="true"
      className="mt-6 rounded-2xl border border-amber-200 bg-amber-50/50 p-5 sm:p-6 dark:border-amber-900/50 dark:bg-amber-950/20"
    >
      <h2 id="live-heading" className="flex items-center gap-2 text-sm font-semibold text-amber-900 dark:text-amber-200">
        <span className="inline-block size-2 animate-pulse rounded-full bg-amber-500" aria-hidden="true" />
        {t.aiWriting}
      </h2>
      <noscript>
        <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">{t.reloadWithoutJs}</p>
      </noscript>
      <div data-testid="live-text" dir="auto" className="prose-errdoc mt-4 min-h-12 break-words">
        <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={{ img: ({ alt }) => <span>{alt}</span> }}>
          {showBidiControls(text)}
        </ReactMarkdown>
      </div>
      <div ref={endRef} />
    </section>
  );
}
