import { highlightCode } from "@/lib/render/highlight";
import { CopyButton } from "./copy-button";

export async function CodeBlock({
  code,
  language,
  copyLabel,
  copiedLabel,
}: {
  code: string;
  language: string;
  copyLabel: string;
  copiedLabel: string;
}) {
  const html = await highlightCode(code, language);
  return (
    <figure className="group relative my-3 overflow-hidden rounded-lg border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/70">
      <figcaption className="flex items-center justify-between border-b border-zinc-200 px-3 py-1.5 font-mono text-[11px] tracking-wide text-zinc-500 uppercase dark:border-zinc-800">
        <span>{language}</span>
        <CopyButton text={code} label={copyLabel} copiedLabel={copiedLabel} />
      </figcaption>
      <div
        className="overflow-x-auto p-3 font-mono text-[13px] leading-relaxed [&_pre]:!bg-transparent"
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </figure>
  );
}
