// Parsing of the enrolment form: the child and the order, plus two representative slots whose fields
// are named rep1Iin, rep1LastName … rep2Relation (flat names, so each error lands under its field).
import { fieldErrorsOf } from "@/lib/form-state";
import { iinSchema } from "@/lib/iin/schema";
import { enrolmentSchema, representativeSchema, type EnrolInput, type RepresentativeInput } from "./schemas";

const REP_FIELDS = ["iin", "lastName", "firstName", "middleName", "phone", "relation"] as const;
/** How many representatives the enrolment form offers (more are added on the child's page). */
export const REP_SLOTS = ["rep1", "rep2"] as const;

// The form field name of a representative's field, e.g. repField("rep2", "lastName") → "rep2LastName".
export function repField(slot: string, field: (typeof REP_FIELDS)[number]): string {
  return `${slot}${field[0]!.toUpperCase()}${field.slice(1)}`;
}

type Parsed = { success: true; data: EnrolInput } | { success: false; fieldErrors: Record<string, string> };

// Parses the submitted form. The first representative is required; the second only when any of its
// fields is filled in. Two slots with the same IIN, or a representative with the child's IIN, are refused.
export function parseEnrolForm(raw: Record<string, unknown>): Parsed {
  const fieldErrors: Record<string, string> = {};
  const base = enrolmentSchema.safeParse(raw);
  if (!base.success) Object.assign(fieldErrors, fieldErrorsOf(base.error));
  const childIin = iinSchema.safeParse(String(raw.childIin ?? ""));
  const representatives: RepresentativeInput[] = [];
  REP_SLOTS.forEach((slot, i) => {
    const values = Object.fromEntries(REP_FIELDS.map((f) => [f, String(raw[repField(slot, f)] ?? "")]));
    if (i > 0 && Object.values(values).every((v) => !v.trim())) return;
    const rep = representativeSchema.safeParse(values);
    if (!rep.success) {
      for (const [f, key] of Object.entries(fieldErrorsOf(rep.error)))
        fieldErrors[repField(slot, f as (typeof REP_FIELDS)[number])] = key;
      return;
    }
    const taken = [childIin.success ? childIin.data : null, ...representatives.map((r) => r.iin)];
    if (taken.includes(rep.data.iin)) fieldErrors[repField(slot, "iin")] = "validation.contingent.sameIin";
    else representatives.push(rep.data);
  });
  if (!base.success || Object.keys(fieldErrors).length > 0) return { success: false, fieldErrors };
  return { success: true, data: { ...base.data, representatives } };
}
