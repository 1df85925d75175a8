import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locale";
import { findTicket, ticketPageData } from "@/lib/tickets/service";
import { ticketMetadata } from "./_components/ticket-metadata";
import { TicketScreen } from "./_components/ticket-screen";

// The live page: processing tickets (and any the proxy could not look up). Final tickets are
// served from the cached, versioned page under v/[version].
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lang]/t/[id]">) {
  const { lang, id } = await params;
  return ticketMetadata(await findTicket(id), isLocale(lang) ? lang : "en");
}

export default async function LiveTicketPage({ params }: PageProps<"/[lang]/t/[id]">) {
  const { lang, id } = await params;
  const data = await ticketPageData(id);
  if (!data || !isLocale(lang)) notFound();
  return <TicketScreen {...data} lang={lang} isLlmConfigured={env().llm !== null} />;
}
