import { NotFoundView } from "@/components/not-found-view";

export default function TicketNotFound() {
  return <NotFoundView kind="ticket" />;
}
