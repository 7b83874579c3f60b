import type { SignInStatus } from "@/lib/people/staff/rules";

const TONES: Record<SignInStatus, string> = {
  none: "bg-slate-100 text-slate-600",
  invited: "bg-amber-50 text-amber-800",
  registered: "bg-emerald-50 text-emerald-800",
};

// A small badge with a person's sign-in status (no login / invited / registered).
export function StaffStatus({ status, label }: { status: SignInStatus; label: string }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONES[status]}`}
      data-testid={`staff-status-${status}`}
    >
      {label}
    </span>
  );
}
