import type { AppealStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<AppealStatus, string> = {
  NEW: "bg-amber-50 text-amber-900 ring-amber-200",
  IN_PROGRESS: "bg-sky-50 text-sky-900 ring-sky-200",
  ANSWERED: "bg-emerald-50 text-emerald-900 ring-emerald-200",
};

// An appeal's status as a small coloured label.
export function AppealStatusBadge({ status, label }: { status: AppealStatus; label: string }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium ring-1 ${TONES[status]}`}
      data-testid="appeal-status"
      data-status={status}
    >
      {label}
    </span>
  );
}
