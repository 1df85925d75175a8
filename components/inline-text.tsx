import { Fragment } from "react";

/** Renders `code` spans and **bold** in short report strings; everything else is plain text. */
export function InlineText({ text }: { text: string }) {
  const parts = text.split(/(`[^`\n]{1,400}`|\*\*[^*\n]{1,200}\*\*)/g);
  return (
    <>
      {parts.map((part, i) => {
        if (part.length > 2 && part.startsWith("`") && part.endsWith("`")) {
          return (
            <code key={i} className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.88em] break-all dark:bg-zinc-800">
              {part.slice(1, -1)}
            </code>
          );
        }
        if (part.length > 4 && part.startsWith("**") && part.endsWith("**")) {
          return <strong key={i}>{part.slice(2, -2)}</strong>;
        }
        return <Fragment key={i}>{part}</Fragment>;
      })}
    </>
  );
}
