import type { MessageKey } from "@/lib/action/message-key";
// Pure rules of an organisation's people — the kindergarten's "Staff" and the administration's "People" (no I/O;
// unit-tested).

const norm = (s: string | null | undefined) =>
  (s ?? "").trim().toLocaleLowerCase("ru").replace(/ё/g, "е").replace(/\s+/g, " ");

type Names = { lastName: string; firstName: string; middleName?: string | null };

// True when the entered names are those on record: surname and name equal, patronymics equal
// where both are known (letter case, ё/е and extra spaces do not count).
export function sameNames(a: Names, b: Names): boolean {
  if (norm(a.lastName) !== norm(b.lastName) || norm(a.firstName) !== norm(b.firstName)) return false;
  return !norm(a.middleName) || !norm(b.middleName) || norm(a.middleName) === norm(b.middleName);
}

// What the organisation knows about a person's sign-in: none yet, invited (a one-time
// password waits to be changed) or registered (signed in and set their own password).
export type SignInStatus = "none" | "invited" | "registered";

// The sign-in status of a person's account (null when they have none).
export function signInStatus(
  user: { login: string | null; hasPassword: boolean; mustChangePassword: boolean } | null,
): SignInStatus {
  if (!user?.login || !user.hasPassword) return "none";
  return user.mustChangePassword ? "invited" : "registered";
}

// Why an end-of-employment date is refused (translation key), or null: not before the arrival,
// not after today (an ended employment takes effect at once, so a future date would mislead).
export function leftAtProblem(leftAt: string, arrivedAt: string, today: string): MessageKey | null {
  if (leftAt < arrivedAt) return "people.rule.leftBeforeArrival";
  if (leftAt > today) return "people.rule.leftInFuture";
  return null;
}

/** What is known about a person's own account, to tell a parent's cabinet (null: no account). */
export type AccountFacts = {
  registeredAt: Date | null;
  hasPassword: boolean;
  /** Successful sign-ins by SMS code or EDS: the parent's ways in (staff sign in by password). */
  parentSignIns: number;
  /** Children ever bound in a cabinet. */
  boundChildren: number;
} | null;

// True when the person has a parent's cabinet on the portal: they signed in as a parent (by code or EDS),
// bound a child in a cabinet, or registered without a staff password (a parent's first sign-in creates the
// account so). That account is theirs: an organisation's form may not give it staff credentials — a reset
// would hand the cabinet to whoever reads the slip — nor change their personal data or phone.
export function hasParentCabinet(a: AccountFacts): boolean {
  if (!a) return false;
  return a.parentSignIns > 0 || a.boundChildren > 0 || (!!a.registeredAt && !a.hasPassword);
}
