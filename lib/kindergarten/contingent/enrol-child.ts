import "server-only";
import { markReferralEnrolled } from "@/lib/queue/referrals/enrol";
import { audit } from "@/lib/audit/audit";
import { ymdToDbDate } from "@/lib/calendar/db-date";
import { localDate } from "@/lib/calendar/zone";
import { personName } from "@/lib/org/names";
import type { ManagerContext } from "@/lib/auth/audiences";
import type { EnrolInput } from "./schemas";
import { inSchoolYear } from "./rules";
import {
  findOpenGroup,
  kindergartenCalendar,
  overlappingEnrolment,
  refuseOverlap,
  runRecordingLookups,
} from "./checks";
import { checkPlacement } from "./placement";
import { linkRepresentative, lockPersonByIin } from "./people";
import { refuse, refuseIfAny, type Outcome } from "@/lib/action/refusal";

type Opts = { now: Date; locale: string };

// Enrols a child into a group of the manager's kindergarten by an order, with the legal representatives.
// The child and the representatives are reused by IIN. Refused (and nothing written): a group that is not
// ours or archived, a start outside every school year, an order dated after today, a child already in a
// group (of any kindergarten) on or after the start, a full group without a reason, a birth year outside
// the group's cohort without the "enrol anyway" tick. A child in another kindergarten's group is refused
// without naming it, and the look-up is audited (it survives the rollback: runRecordingLookups).
export async function enrolChild(
  ctx: ManagerContext,
  input: EnrolInput,
  { now, locale }: Opts,
): Promise<Outcome<{ enrolmentId: string; childId: string; childName: string }>> {
  return runRecordingLookups(ctx, async (tx, record) => {
    const errors: Record<string, string> = {};
    const cal = await kindergartenCalendar(tx, ctx.organizationId);
    if (!inSchoolYear(cal.years, input.startsOn)) errors.startsOn = "validation.contingent.schoolYear";
    if (input.orderDate > localDate(now, cal.timeZone))
      errors.orderDate = "validation.contingent.orderDateFuture";
    const group = await findOpenGroup(tx, ctx.organizationId, input.groupId);
    if (!group) errors.groupId = "validation.contingent.groupUnknown";
    refuseIfAny(errors);

    const child = await lockPersonByIin(tx, ctx, input.childIin, {
      lastName: input.childLastName,
      firstName: input.childFirstName,
      middleName: input.childMiddleName ?? null,
      birthDate: input.childBirthDate ? ymdToDbDate(input.childBirthDate) : null,
    });
    const overlap = await overlappingEnrolment(
      tx,
      ctx.organizationId,
      child.id,
      { startsOn: input.startsOn, endsOn: null },
      locale,
    );
    if (overlap)
      refuseOverlap(
        overlap,
        "startsOn",
        { childId: child.id, from: input.startsOn, operation: "enrol" },
        record,
      );
    if (!child.birthDate) refuse({ childBirthDate: "validation.contingent.birthDateNeeded" });

    const placement = await checkPlacement(tx, group!, child.birthDate, input.startsOn, input);
    refuseIfAny(placement.fieldErrors, placement.message?.key, placement.message?.values);

    const enrolment = await tx.enrolment.create({
      data: {
        childId: child.id,
        organizationId: ctx.organizationId,
        groupId: group!.id,
        orderNumber: input.orderNumber,
        orderDate: ymdToDbDate(input.orderDate),
        startsOn: ymdToDbDate(input.startsOn),
        capacityOverrideReason: placement.overrideReason,
      },
    });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "contingent.enrol",
      entityType: "Enrolment",
      entityId: enrolment.id,
      organizationId: ctx.organizationId,
      after: enrolment,
    });
    // A child who came through the queue: the referral, the application and the place become ENROLLED.
    await markReferralEnrolled(tx, {
      childId: child.id,
      organizationId: ctx.organizationId,
      enrolmentId: enrolment.id,
      actorPersonId: ctx.actor.personId,
      at: now,
    });
    // Representatives in IIN order: concurrent enrolments of siblings then lock their rows in the same order.
    for (const rep of [...input.representatives].sort((a, b) => a.iin.localeCompare(b.iin))) {
      await linkRepresentative(tx, ctx, child.id, rep);
    }
    return { enrolmentId: enrolment.id, childId: child.id, childName: personName(child) };
  });
}
