import "server-only";
import { audit } from "@/lib/audit/audit";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import type { ManagerContext } from "@/lib/auth/audiences";
import type { WithdrawalInput } from "./schemas";
import { checkWithdrawal, inSchoolYear } from "./rules";
import { kindergartenCalendar } from "./checks";
import { lockOpenEnrolment } from "./open-enrolment";
import { refuseIfAny, runRefusable, type Outcome } from "@/lib/action/refusal";

// Withdraws a child from the manager's kindergarten: the open enrolment gets its last day (inclusive),
// how the child left (WITHDRAWN, or SCHOOL when they go to school), the reason and the order number.
// The last day must lie in a school year and not before the enrolment's first day.
export async function withdrawChild(
  ctx: ManagerContext,
  input: WithdrawalInput,
): Promise<Outcome<{ enrolmentId: string }>> {
  return runRefusable(async (tx) => {
    const current = await lockOpenEnrolment(tx, ctx, input.childId);
    const errors: Record<string, string> = {};
    const cal = await kindergartenCalendar(tx, ctx.organizationId);
    if (!inSchoolYear(cal.years, input.lastDay)) errors.lastDay = "validation.contingent.schoolYear";
    if (
      checkWithdrawal({ startsOn: dbDateToYmd(current.startsOn), endsOn: null }, input.lastDay) ===
      "before_start"
    ) {
      errors.lastDay = "validation.contingent.withdrawBeforeStart";
    }
    refuseIfAny(errors);
    const after = await tx.enrolment.update({
      where: { id: current.id },
      data: {
        endsOn: ymdToDbDate(input.lastDay),
        endKind: input.kind,
        endReason: input.reason,
        endOrderNumber: input.orderNumber ?? null,
      },
    });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "contingent.withdraw",
      entityType: "Enrolment",
      entityId: after.id,
      organizationId: ctx.organizationId,
      before: current,
      after,
    });
    return { enrolmentId: after.id };
  });
}
