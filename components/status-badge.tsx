import type { TicketStatus } from "@/lib/db/schema";
import { cn } from "@/lib/render/cn";

const styles: Record<TicketStatus, string> = {
  processing: "bg-amber-100 text-amber-800 ring-amber-300 dark:bg-amber-950 dark:text-amber-300 dark:ring-amber-800",
  completed: "bg-emerald-100 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-300 dark:ring-emerald-800",
  failed: "bg-red-100 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-300 dark:ring-red-800",
};

export function StatusBadge({ status, label }: { status: TicketStatus; label: string }) {
  return (
    <span
      data-status={status}
      className={cn("inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", styles[status])}
    >
      <span
        aria-hidden="true"
        className={cn(
          "size-1.5 rounded-full bg-current",
          status === "processing" && "animate-pulse",
        )}
      />
      {label}
    </span>
  );
}
