import "server-only";
import { audit } from "@/lib/audit/audit";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { localDate } from "@/lib/calendar/zone";
import type { ManagerContext } from "@/lib/auth/audiences";
import type { TransferInput } from "./schemas";
import { inSchoolYear, planTransfer } from "./rules";
import {
  findOpenGroup,
  kindergartenCalendar,
  overlappingEnrolment,
  refuseOverlap,
  runRecordingLookups,
} from "./checks";
import { checkPlacement } from "./placement";
import { lockOpenEnrolment } from "./open-enrolment";
import { refuseIfAny, type Outcome } from "@/lib/action/refusal";

type Opts = { now: Date; locale: string };

// Transfers a child to another group of the same kindergarten from `date` by an order, in one transaction:
// the current enrolment ends the day before (TRANSFERRED) and a new one starts on the date. The same
// checks as an enrolment apply to the new group (school year, cohort, capacity, no overlap — one in another
// kindergarten is refused without naming it, and audited).
export async function transferChild(
  ctx: ManagerContext,
  input: TransferInput,
  { now, locale }: Opts,
): Promise<Outcome<{ enrolmentId: string }>> {
  return runRecordingLookups(ctx, async (tx, record) => {
    const current = await lockOpenEnrolment(tx, ctx, input.childId);
    const errors: Record<string, string> = {};
    const cal = await kindergartenCalendar(tx, ctx.organizationId);
    if (!inSchoolYear(cal.years, input.date)) errors.date = "validation.contingent.schoolYear";
    if (input.orderDate > localDate(now, cal.timeZone))
      errors.orderDate = "validation.contingent.orderDateFuture";
    const group = await findOpenGroup(tx, ctx.organizationId, input.groupId);
    if (!group) errors.groupId = "validation.contingent.groupUnknown";
    else if (group.id === current.groupId) errors.groupId = "validation.contingent.sameGroup";
    const plan = planTransfer({ startsOn: dbDateToYmd(current.startsOn), endsOn: null }, input.date);
    const lastDayInOld = plan.ok ? plan.endsOn : null;
    if (!lastDayInOld) errors.date = "validation.contingent.transferDate";
    refuseIfAny(errors);

    const overlap = await overlappingEnrolment(
      tx,
      ctx.organizationId,
      input.childId,
      { startsOn: input.date, endsOn: null },
      locale,
      current.id,
    );
    if (overlap)
      refuseOverlap(
        overlap,
        "date",
        { childId: input.childId, from: input.date, operation: "transfer" },
        record,
      );
    const child = await tx.person.findUniqueOrThrow({ where: { id: input.childId } });
    const placement = await checkPlacement(tx, group!, child.birthDate, input.date, input);
    refuseIfAny(placement.fieldErrors, placement.message?.key, placement.message?.values);

    const ended = await tx.enrolment.update({
      where: { id: current.id },
      data: {
        endsOn: ymdToDbDate(lastDayInOld!),
        endKind: "TRANSFERRED",
        endReason: input.reason ?? null,
        endOrderNumber: input.orderNumber,
      },
    });
    const base = {
      actorPersonId: ctx.actor.personId,
      entityType: "Enrolment",
      organizationId: ctx.organizationId,
    };
    await audit(tx, {
      ...base,
      action: "contingent.transfer_out",
      entityId: ended.id,
      before: current,
      after: ended,
    });
    const next = await tx.enrolment.create({
      data: {
        childId: input.childId,
        organizationId: ctx.organizationId,
        groupId: group!.id,
        orderNumber: input.orderNumber,
        orderDate: ymdToDbDate(input.orderDate),
        startsOn: ymdToDbDate(input.date),
        capacityOverrideReason: placement.overrideReason,
      },
    });
    await audit(tx, { ...base, action: "contingent.transfer_in", entityId: next.id, after: next });
    return { enrolmentId: next.id };
  });
}
