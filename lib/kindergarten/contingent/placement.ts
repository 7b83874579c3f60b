import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { capacityVerdict, outsideCohort } from "./rules";
import { groupPeakFrom, lockGroup } from "./checks";

type Target = {
  id: string;
  organizationId: string;
  capacity: number;
  birthYearFrom: number;
  birthYearTo: number;
};
type Confirmations = { confirmCohort: boolean; capacityOverrideReason?: string };

// Whether the child may be placed in the group from a day: a birth year outside the group's cohort needs
// the "enrol anyway" tick, a full group needs an override reason. Locks the group's row first (after the
// child's: the lock order is always child → group) so the count can't change before the placement is written.
export async function checkPlacement(
  tx: Tx,
  group: Target,
  birthDate: Date | null,
  from: string,
  c: Confirmations,
) {
  const fieldErrors: Record<string, string> = {};
  await lockGroup(tx, group.id);
  if (birthDate && outsideCohort(birthDate.getUTCFullYear(), group) && !c.confirmCohort) {
    fieldErrors.confirmCohort = "validation.contingent.cohort";
  }
  const occupied = await groupPeakFrom(tx, group.organizationId, group.id, from);
  const verdict = capacityVerdict(group.capacity, occupied, c.capacityOverrideReason);
  if (verdict === "needs_reason") fieldErrors.capacityOverrideReason = "validation.contingent.overCapacity";
  return {
    fieldErrors,
    /** A form message saying how full the group is, when that is the problem. */
    message:
      verdict === "needs_reason"
        ? { key: "kgContingent.groupFull", values: { occupied, capacity: group.capacity } }
        : null,
    /** The reason to store on the enrolment: only when it was needed. */
    overrideReason: verdict === "override" ? c.capacityOverrideReason!.trim() : null,
  };
}
