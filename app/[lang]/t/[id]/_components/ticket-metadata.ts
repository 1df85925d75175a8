import type { Metadata } from "next";
import type { Language } from "@/lib/classifier/schema";
import type { Ticket } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { messages } from "@/lib/i18n/messages";
import { showBidiControls } from "@/lib/render/bidi";
import { categoryLabel } from "@/lib/report";
import { firstLine } from "@/lib/tickets/present";

/** Title, description and Open Graph / Twitter tags, so a pasted link unfurls in chat apps. */
export function ticketMetadata(ticket: Ticket | null, lang: Language): Metadata {
  if (!ticket) return { title: messages(lang).ticket.notFoundTitle, robots: { index: false } };
  // Tags are plain text with no direction context: bidi controls become visible markers.
  const title = showBidiControls(ticket.title);
  const description = `${categoryLabel(ticket.category, lang)} — ${showBidiControls(firstLine(ticket.input, 160))}`;
  const publicUrl = env().publicUrl;
  const isUnlisted = ticket.visibility === "unlisted";
  return {
    title,
    description,
    ...(publicUrl ? { metadataBase: new URL(publicUrl), alternates: { canonical: `/t/${ticket.id}` } } : {}),
    robots: isUnlisted ? { index: false, follow: false } : undefined,
    openGraph: {
      type: "article",
      siteName: "errdoc",
      title,
      description,
      locale: lang === "zh" ? "zh_CN" : "en_US",
      publishedTime: ticket.createdAt.toISOString(),
      modifiedTime: ticket.updatedAt.toISOString(),
      ...(publicUrl ? { url: `/t/${ticket.id}` } : {}),
    },
    twitter: { card: "summary", title, description },
  };
}
