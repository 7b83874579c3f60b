import type { DisputeStatus } from "@/lib/generated/prisma/enums";

// The badge colour of each dispute state (kindergarten, officer and parent pages alike).
export const DISPUTE_TONE: Record<DisputeStatus, string> = {
  OPEN: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-emerald-100 text-emerald-800",
  REJECTED: "bg-red-100 text-red-800",
  ESCALATED: "bg-violet-100 text-violet-800",
  UPHELD_KINDERGARTEN: "bg-slate-200 text-slate-800",
  UPHELD_PARENT: "bg-sky-100 text-sky-800",
};
