import type { AbsenceReason } from "@/lib/generated/prisma/enums";

// Keyboard digits for absence reasons in the grid (0 / "-" = absent, reason not known yet).
export const REASON_KEYS: Record<string, AbsenceReason> = {
  "0": "UNKNOWN",
  "-": "UNKNOWN",
  "1": "ILLNESS_CERTIFIED",
  "2": "ILLNESS_UNCERTIFIED",
  "3": "VACATION",
  "4": "FAMILY",
  "5": "QUARANTINE",
  "6": "UNEXCUSED",
  "7": "OTHER",
};

export const REASONS_IN_ORDER: AbsenceReason[] = [
  "ILLNESS_CERTIFIED",
  "ILLNESS_UNCERTIFIED",
  "VACATION",
  "FAMILY",
  "QUARANTINE",
  "UNEXCUSED",
  "OTHER",
  "UNKNOWN",
];

// The key that marks a reason, for the legend.
export function keyOf(reason: AbsenceReason): string {
  return reason === "UNKNOWN" ? "0" : String(REASONS_IN_ORDER.indexOf(reason) + 1);
}
