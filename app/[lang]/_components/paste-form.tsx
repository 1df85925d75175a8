"use client";

import { useActionState, useRef, useState } from "react";
import type { Language } from "@/lib/classifier/schema";
import { messages } from "@/lib/i18n/messages";
import { initialPasteFormState, oversizedPasteKiB } from "@/lib/tickets/paste-form";
import { diagnoseAction } from "../actions";
import { ExampleButtons } from "./example-buttons";

export function PasteForm({ lang }: { lang: Language }) {
  const t = messages(lang).home;
  const [state, formAction, isPending] = useActionState(diagnoseAction, initialPasteFormState(lang));
  const formRef = useRef<HTMLFormElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // Set when the browser refuses to send: the post would pass the server action's body limit.
  const [oversize, setOversize] = useState<{ attempt: number; kib: number } | null>(null);
  const clientMessage = oversize && oversize.attempt === state.attempt ? t.tooLargeToSend(oversize.kib) : null;
  const message = clientMessage ?? state.message;
  const hasTextError = Boolean(state.fieldErrors.text) || clientMessage !== null;

  function checkSize(event: React.FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const kib = oversizedPasteKiB({ text: String(data.get("text") ?? ""), context: String(data.get("context") ?? "") });
    // Sent anyway, Next would refuse it before errdoc's action runs and the text would be gone.
    if (kib !== null) event.preventDefault();
    setOversize(kib !== null ? { attempt: state.attempt, kib } : null);
  }

  function submitOnShortcut(event: React.KeyboardEvent) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  return (
    // Remounting on every failed attempt refills the fields with what was sent, after React resets the form.
    <form
      key={state.attempt}
      ref={formRef}
      action={formAction}
      onSubmit={checkSize}
      onKeyDown={submitOnShortcut}
      className="space-y-4"
      noValidate
    >
      <input type="hidden" name="ui" value={lang} />
      <div>
        <label htmlFor="error-text" className="mb-1.5 block text-sm font-medium text-zinc-700 dark:text-zinc-300">
          {t.errorLabel}
        </label>
        <textarea
          ref={textRef}
          id="error-text"
          name="text"
          required
          autoFocus
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          defaultValue={state.values.text}
          placeholder={t.errorPlaceholder}
          aria-invalid={hasTextError || undefined}
          aria-describedby={message ? "form-message" : undefined}
          className="block min-h-64 w-full resize-y rounded-xl border border-zinc-300 bg-white p-4 font-mono text-[13px] leading-relaxed text-zinc-900 shadow-sm placeholder:text-zinc-400 focus:border-brand-500 focus:ring-4 focus:ring-brand-500/15 focus:outline-none aria-invalid:border-red-500 sm:min-h-80 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500"
        />
      </div>
      {message ? (
        <p
          id="form-message"
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900/60 dark:bg-red-950/50 dark:text-red-200"
        >
          {message}
        </p>
      ) : null}
      <div>
        <label htmlFor="error-context" className="mb-1.5 block text-sm font-medium text-zinc-700 dark:text-zinc-300">
          {t.contextLabel}
        </label>
        <input
          id="error-context"
          name="context"
          defaultValue={state.values.context}
          placeholder={t.contextPlaceholder}
          aria-invalid={Boolean(state.fieldErrors.context) || undefined}
          className="block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-zinc-400 focus:border-brand-500 focus:ring-4 focus:ring-brand-500/15 focus:outline-none dark:border-zinc-700 dark:bg-zinc-900 dark:placeholder:text-zinc-500"
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <label className="flex items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
          {t.languageLabel}
          <select
            name="lang"
            defaultValue={state.values.lang}
            className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
          <input
            type="checkbox"
            name="unlisted"
            defaultChecked={state.values.unlisted}
            className="size-4 rounded border-zinc-300 accent-brand-600"
          />
          {t.unlistedLabel}
        </label>
        <div className="ml-auto flex items-center gap-3">
          <kbd className="hidden text-xs text-zinc-400 sm:inline">{t.shortcut}</kbd>
          <button
            type="submit"
            disabled={isPending}
            className="rounded-lg bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
          >
            {isPending ? t.submitting : t.submit}
          </button>
        </div>
      </div>
      <ExampleButtons heading={t.examplesHeading} textRef={textRef} />
    </form>
  );
}
