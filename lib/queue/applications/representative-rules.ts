// How an applicant becomes a child's legal representative when applying to the queue (pure).
// - The child's IIN must carry the birth date typed in the form and be a preschool child's (under 7):
//   an adult's IIN, or one that disagrees with the birth date, is refused.
// - An applicant named as mother or father in the child's birth record (the civil registry) is
//   verified at once.
// - Anyone else — a guardian, trustee, adoptive or foster parent — applies with the document that makes
//   them the representative; the link is PENDING until the district officer verifies it.
// Every refusal is the same one answer, so the form can't be used to learn who a child's parents are.
import { validateIin } from "@/lib/iin/iin";
import { daysInMonth, parseYmd, formatYmd } from "@/lib/calendar/zone";
import type { BirthRecordView } from "@/lib/registry/births";

/** A child this old or older is not a preschool child: the IIN is refused like any other mismatch. */
export const CHILD_MAX_AGE_YEARS = 7;

export type RepresentativeClaim =
  { kind: "registry"; relation: "mother" | "father" } | { kind: "document" } | { kind: "refused" };

// The date `years` years before `ymd` (29 February falls back to the 28th).
function yearsBefore(ymd: string, years: number): string {
  const { year, month, day } = parseYmd(ymd);
  return formatYmd(year - years, month, Math.min(day, daysInMonth(year - years, month)));
}

// True if the IIN is valid, encodes exactly `birthYmd`, and that birth date is a preschool child's on `todayYmd`.
export function iinFitsChild(iin: string, birthYmd: string, todayYmd: string): boolean {
  const v = validateIin(iin);
  if (!v.ok || !v.birthDate) return false;
  const encoded = v.birthDate.toISOString().slice(0, 10);
  return (
    encoded === birthYmd && birthYmd <= todayYmd && birthYmd > yearsBefore(todayYmd, CHILD_MAX_AGE_YEARS)
  );
}

// What the applicant's claim to represent the child rests on: the birth record, a document, or nothing.
export function representativeClaim(input: {
  record: BirthRecordView | null;
  birthYmd: string;
  applicantIin: string | null;
  hasDocument: boolean;
}): RepresentativeClaim {
  const { record, applicantIin } = input;
  if (record && record.birthDate !== input.birthYmd) return { kind: "refused" };
  if (record && applicantIin) {
    if (record.motherIin === applicantIin) return { kind: "registry", relation: "mother" };
    if (record.fatherIin === applicantIin) return { kind: "registry", relation: "father" };
  }
  return input.hasDocument ? { kind: "document" } : { kind: "refused" };
}
