import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locale";
import { findTicket, ticketPageData } from "@/lib/tickets/service";
import { ticketMetadata } from "../../_components/ticket-metadata";
import { TicketScreen } from "../../_components/ticket-screen";

// A final ticket at one version (its updatedAt): rendered on first visit, then served from
// Next's cache. Any change to the ticket makes a new version, so nothing needs invalidating;
// the periodic refresh only updates the "similar diagnoses" list.
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[lang]/t/[id]/v/[version]">) {
  const { lang, id } = await params;
  return ticketMetadata(findTicket(id), isLocale(lang) ? lang : "en");
}

export default async function CachedTicketPage({ params }: PageProps<"/[lang]/t/[id]/v/[version]">) {
  const { lang, id } = await params;
  const data = ticketPageData(id);
  if (!data || !isLocale(lang)) notFound();
  return <TicketScreen {...data} lang={lang} isLlmConfigured={env().llm !== null} />;
}
