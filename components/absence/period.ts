import { formatDate } from "@/lib/format";

// A notice's days as the reader writes them: one date, or "from – to".
export function formatPeriod(from: Date, to: Date, locale: string): string {
  return from.getTime() === to.getTime()
    ? formatDate(from, locale)
    : `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
}
