import type { TimesheetStatus } from "@/lib/generated/prisma/enums";
import { confirmationWindow, type YearMonth } from "./window";

export type DisplayStatus = "in_progress" | "open" | "confirmed" | "disputed" | "not_confirmed" | "corrected";

// What the parent is told about a month: still running, open for confirmation, confirmed (and the
// data still matches what was signed), disputed, corrected after confirmation, or not confirmed in time.
export function displayStatus(o: {
  ym: YearMonth;
  today: string;
  tz: string;
  row: { status: TimesheetStatus } | null;
  currentHash: string;
  activeConfirmationHash: string | null;
}): DisplayStatus {
  const w = confirmationWindow(o.ym);
  if (o.today < w.opens) return "in_progress";
  const s = o.row?.status;
  if (s === "CONFIRMED") return o.activeConfirmationHash === o.currentHash ? "confirmed" : "corrected";
  if (s === "CORRECTED") return "corrected";
  if (s === "DISPUTED") return "disputed";
  if (s === "NOT_CONFIRMED") return "not_confirmed";
  return o.today > w.closes ? "not_confirmed" : "open";
}
