import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locale";
import { findTicket, ticketPageData } from "@/lib/tickets/service";
import { ticketMetadata } from "../../_components/ticket-metadata";
import { TicketScreen } from "../../_components/ticket-screen";

// A final ticket at one version (its updatedAt): rendered on first visit, then served from the
// page cache (lib/cache/page-cache.ts), which renders it again after ten minutes so the
// "similar diagnoses" list stays fresh. Any change to the ticket makes a new version, so
// nothing needs invalidating. Next must not revalidate in the background: a re-render must
// start a new nonce generation, which only the cache's own expiry does.
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[lang]/t/[id]/v/[version]">) {
  const { lang, id } = await params;
  return ticketMetadata(await findTicket(id), isLocale(lang) ? lang : "en");
}

export default async function CachedTicketPage({ params }: PageProps<"/[lang]/t/[id]/v/[version]">) {
  const { lang, id, version } = await params;
  const data = await ticketPageData(id);
  // Only the version the proxy routed to: any other is a 404, which the cache never keeps.
  if (!data || !isLocale(lang) || data.ticket.status === "processing" || String(data.ticket.updatedAt.getTime()) !== version) notFound();
  return <TicketScreen {...data} lang={lang} isLlmConfigured={env().llm !== null} />;
}
