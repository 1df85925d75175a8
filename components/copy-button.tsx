"use client";

import { useState } from "react";
import { cn } from "@/lib/render/cn";

export function CopyButton({
  text,
  label,
  copiedLabel,
  className,
}: {
  text: string;
  label: string;
  copiedLabel: string;
  className?: string;
}) {
  const [isCopied, setIsCopied] = useState(false);
  async function copy() {
    await writeClipboard(text);
    setIsCopied(true);
    setTimeout(() => setIsCopied(false), 1600);
  }
  return (
    <button
      type="button"
      onClick={copy}
      aria-label={label}
      className={cn(
        "rounded-md border border-zinc-300 bg-white/90 px-2 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900/90 dark:text-zinc-300 dark:hover:bg-zinc-800",
        className,
      )}
    >
      <span aria-live="polite">{isCopied ? copiedLabel : label}</span>
    </button>
  );
}

/** navigator.clipboard needs a secure context; plain-http self-hosting falls back to execCommand. */
export async function writeClipboard(text: string) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
}
