// Pure rule for reusing a person already on record (found by IIN) when a child or a representative is entered again.
import type { Sex } from "@/lib/generated/prisma/enums";

/** What the contingent forms know about a person. */
export type PersonFacts = {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate?: Date | null;
  sex?: Sex | null;
  /** Only for a person created now: a person on record keeps their phone. */
  phone?: string | null;
};

// The changes to make to a person on record: names, birth date and sex are only filled in where empty
// (a parent's first sign-in leaves blank names; the record's spelling wins otherwise). The phone is never
// changed, not even filled in: it is the person's own (codes and messages go to it), and a kindergarten form
// may not redirect them — the phone a kindergarten is given is kept on the representative link instead
// (LegalRepresentative.contactPhone). A new person is created with the entered phone. Empty: no change.
export function personUpdates(onRecord: PersonFacts, entered: PersonFacts): Partial<PersonFacts> {
  const out: Partial<PersonFacts> = {};
  if (!onRecord.lastName.trim() && entered.lastName.trim()) out.lastName = entered.lastName;
  if (!onRecord.firstName.trim() && entered.firstName.trim()) out.firstName = entered.firstName;
  if (!onRecord.middleName && entered.middleName) out.middleName = entered.middleName;
  if (!onRecord.birthDate && entered.birthDate) out.birthDate = entered.birthDate;
  if (!onRecord.sex && entered.sex) out.sex = entered.sex;
  return out;
}
