import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { AuditAction } from "@/lib/audit/actions";
import { Refusal } from "@/lib/action/refusal";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { kindergartensUnder } from "@/lib/queue/blocking/authority";
import { loadQueueCalendar } from "@/lib/queue/places/queue-calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockSheet } from "./lock";
import { mayAnswer } from "./dispute";
import {
  decideBy,
  disputeTransition,
  graceEnd,
  stepRefusal,
  stepSource,
  type DisputeStep,
} from "./dispute-rules";
import { notifyDisputeEvent, type DisputeEvent } from "./dispute-notify";

// The steps of a dispute's life (lib/timesheet/dispute-rules.ts), each in one transaction: the child's
// month is locked (lib/timesheet/lock.ts, as confirmations and corrections lock it), the rule is asked
// on what is read under the lock, the dispute moves by a conditional update on its status — so of two
// clicks at the same moment the second finds the first's result and is refused with a message, never
// applied twice — the sheet's grace period is set, an audit record written; after the commit the parent
// is told by SMS (lib/timesheet/dispute-notify.ts).

type Loaded = Prisma.TimesheetDisputeGetPayload<{
  include: { timesheet: { include: { organization: { select: { timeZone: true } } } } };
}>;

type StepPlan = {
  step: DisputeStep;
  action: AuditAction;
  /** What the parent is told by SMS (nothing for their own step). */
  event?: DisputeEvent;
  actorPersonId: string;
  /** The dispute's columns this step writes besides its status. */
  data: Prisma.TimesheetDisputeUncheckedUpdateManyInput;
  /** The sheet's grace period after the step: opened now, or cleared (until the correction). */
  grace: "open" | "clear";
  extra?: (d: Loaded) => Record<string, unknown>;
};

const load = (tx: Tx, id: string) =>
  tx.timesheetDispute.findUnique({
    where: { id },
    include: { timesheet: { include: { organization: { select: { timeZone: true } } } } },
  });

async function takeStep(
  disputeId: string,
  now: Date,
  plan: (d: Loaded, tx: Tx) => StepPlan | Promise<StepPlan>,
) {
  const result = await prisma.$transaction(async (tx) => {
    const first = await load(tx, disputeId);
    if (!first) throw new AppError("not_found");
    await lockSheet(tx, first.timesheet);
    const d = (await load(tx, disputeId))!;
    const p = await plan(d, tx);
    const ts = d.timesheet;
    const tz = ts.organization.timeZone;
    const verdict = disputeTransition(d, p.step, {
      sheet: { confirmed: ts.status === "CONFIRMED", graceUntil: ts.graceUntil },
      ym: ts,
      tz,
      at: now,
    });
    if (!verdict.ok) throw new Refusal(verdict.key);
    const moved = await tx.timesheetDispute.updateMany({
      where: { id: d.id, status: stepSource(p.step) },
      data: { ...p.data, status: verdict.to },
    });
    if (moved.count !== 1) throw new Refusal(stepRefusal(p.step));
    const graceUntil = p.grace === "open" ? graceEnd(now, ts, tz) : null;
    if (p.step === "corrected") {
      const set = await tx.timesheet.updateMany({
        where: { id: ts.id, graceUntil: null },
        data: { graceUntil },
      });
      if (set.count !== 1) throw new Refusal("validation.disputeFlow.nothingToCorrect");
    } else {
      await tx.timesheet.update({ where: { id: ts.id }, data: { graceUntil } });
    }
    await audit(tx, {
      actorPersonId: p.actorPersonId,
      action: p.action,
      entityType: "TimesheetDispute",
      entityId: d.id,
      organizationId: ts.organizationId,
      before: { status: d.status, graceUntil: ts.graceUntil },
      after: {
        status: verdict.to,
        ...(p.event ? { event: p.event } : {}),
        graceUntil,
        ...p.data,
        ...(p.extra?.(d) ?? {}),
      },
    });
    return { event: p.event, status: verdict.to, graceUntil };
  });
  if (result.event) await notifyDisputeEvent(disputeId, result.event);
  return result;
}

// The kindergarten may answer only disputes of a child it may answer for (its manager, the child's educator).
// Asked on the step's transaction: a query on the global client would wait for a second connection
// while this one is held (under a peak the pool runs dry).
async function assertMayAnswer(actor: Actor, d: Loaded, tx: Tx) {
  const ts = d.timesheet;
  if (!(await mayAnswer(actor, ts.organizationId, ts.childId, ts.year, ts.month, tx)))
    throw new AppError("forbidden");
}

// The kindergarten accepts the dispute, having corrected the marks in the grid: the parent confirms
// within the grace period (GRACE_DAYS, not before the window's end), or the month counts as not confirmed.
export function acceptDispute(actor: Actor, disputeId: string, answer: string, now: Date) {
  return takeStep(disputeId, now, async (d, tx): Promise<StepPlan> => {
    await assertMayAnswer(actor, d, tx);
    return {
      step: "accept",
      action: "timesheet.dispute_accept",
      event: "accepted",
      actorPersonId: actor.personId,
      data: { answer, answeredById: actor.personId, answeredAt: now },
      grace: "open",
    };
  });
}

// The kindergarten rejects the dispute with its reasons: within the grace period the parent confirms
// or takes it to the district department; after it, unconfirmed, the month counts as not confirmed.
export function rejectDispute(actor: Actor, disputeId: string, answer: string, now: Date) {
  return takeStep(disputeId, now, async (d, tx): Promise<StepPlan> => {
    await assertMayAnswer(actor, d, tx);
    return {
      step: "reject",
      action: "timesheet.dispute_reject",
      event: "rejected",
      actorPersonId: actor.personId,
      data: { answer, answeredById: actor.personId, answeredAt: now },
      grace: "open",
    };
  });
}

// After the officer decided for the parent, the kindergarten has corrected the marks and says so: the
// parent now confirms within the grace period (from now).
export function reportDisputeCorrected(actor: Actor, disputeId: string, now: Date) {
  return takeStep(disputeId, now, async (d, tx): Promise<StepPlan> => {
    await assertMayAnswer(actor, d, tx);
    return {
      step: "corrected",
      action: "timesheet.dispute_corrected",
      event: "corrected",
      actorPersonId: actor.personId,
      data: {},
      grace: "open",
    };
  });
}

// The parent takes a rejected dispute to the district department (a representative of the child; while
// the rejection's grace period lasts). The officer's deadline is DECIDE_WORK_DAYS working days.
export function escalateDispute(actor: Actor, disputeId: string, reason: string, now: Date) {
  return takeStep(disputeId, now, async (d, tx): Promise<StepPlan> => {
    if (!can(actor, "dispute.escalate", { childId: d.timesheet.childId })) throw new AppError("not_found");
    const calendar = await loadQueueCalendar(tx);
    const deadline = decideBy(now, calendar, d.timesheet.organization.timeZone);
    return {
      step: "escalate",
      action: "timesheet.dispute_escalate",
      actorPersonId: actor.personId,
      data: { escalatedAt: now, escalationReason: reason, decideBy: deadline },
      grace: "clear",
    };
  });
}

/** The officer's decision: the kindergarten was right, or the marks must be corrected. */
export type DecisionFor = "kindergarten" | "parent";

// The officer of the department the kindergarten is under decides an escalated dispute, with reasons.
export function decideDispute(
  ctx: { actor: Actor; authorityId: string },
  input: { disputeId: string; outcome: DecisionFor; decision: string },
  now: Date,
) {
  return takeStep(input.disputeId, now, async (d, tx): Promise<StepPlan> => {
    const under = await kindergartensUnder(ctx.authorityId, tx);
    if (!under.includes(d.timesheet.organizationId)) throw new AppError("not_found");
    const forKindergarten = input.outcome === "kindergarten";
    return {
      step: forKindergarten ? "decide_kindergarten" : "decide_parent",
      action: "timesheet.dispute_decide",
      event: forKindergarten ? "upheld_kindergarten" : "upheld_parent",
      actorPersonId: ctx.actor.personId,
      data: { decision: input.decision, decidedById: ctx.actor.personId, decidedAt: now },
      grace: forKindergarten ? "open" : "clear",
    };
  });
}
