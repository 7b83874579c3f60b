import "server-only";
import { createTranslator } from "use-intl/core";
import { prisma } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { log } from "@/lib/log";
import { smsProvider } from "@/lib/sms/provider";
import { localParts } from "@/lib/calendar/zone";
import type { DisputeStatus } from "@/lib/generated/prisma/enums";
import type en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { disputeGraceUntil } from "./dispute-rules";

// The parent is told of each answer to their dispute by SMS (kk / ru together: the job does not know
// their language): the kindergarten's acceptance or rejection, the officer's decision, the correction
// the decision asked for. Each step's audit record names its event; each SMS sent is recorded right
// after it went out, so the daily job sends only what a crash left owed and never twice.

export const DISPUTE_SMS_ACTION = "timesheet.dispute_sms";
/** The audit actions of the steps the parent is told of. */
export const DISPUTE_STEP_ACTIONS = [
  "timesheet.dispute_accept",
  "timesheet.dispute_reject",
  "timesheet.dispute_decide",
  "timesheet.dispute_corrected",
] as const;
/** What the parent is told. */
export type DisputeEvent = "accepted" | "rejected" | "upheld_kindergarten" | "upheld_parent" | "corrected";
/** How far back (by the answer's or decision's time) the job looks for SMS still owed. */
export const DISPUTE_NOTIFY_LOOKBACK_DAYS = 35;

const translators = (["kk", "ru"] as const).map((locale) =>
  createTranslator({ locale, messages: (locale === "kk" ? kk : ru) as typeof en, namespace: "disputeTexts" }),
);
const pad = (n: number) => String(n).padStart(2, "0");
// An instant as DD.MM.YYYY HH:MM in the kindergarten's zone (the same in every language).
function dotted(at: Date, tz: string): string {
  const p = localParts(at, tz);
  return `${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

// The SMS text of an event (short: a Cyrillic SMS part holds 70 characters).
export function disputeSmsText(
  event: DisputeEvent,
  o: { child: string; month: string; until: string },
): string {
  return `Balabaqsha: ${translators.map((t) => t(`sms.${event}`, o)).join(" / ")}`;
}

const EVENT_STATUS: Record<DisputeEvent, DisputeStatus> = {
  accepted: "ACCEPTED",
  rejected: "REJECTED",
  upheld_kindergarten: "UPHELD_KINDERGARTEN",
  upheld_parent: "UPHELD_PARENT",
  corrected: "UPHELD_PARENT",
};

type Owed = { disputeId: string; event: DisputeEvent };

// Sends the SMS of each owed (dispute, event) not sent yet; returns how many went out now.
async function send(owed: Owed[]): Promise<number> {
  if (owed.length === 0) return 0;
  const ids = [...new Set(owed.map((o) => o.disputeId))];
  const [disputes, sent] = await Promise.all([
    prisma.timesheetDispute.findMany({
      where: { id: { in: ids } },
      include: {
        parent: { select: { id: true, phone: true } },
        timesheet: {
          select: {
            year: true,
            month: true,
            status: true,
            graceUntil: true,
            organizationId: true,
            organization: { select: { timeZone: true } },
            child: { select: { firstName: true } },
          },
        },
      },
    }),
    prisma.auditLog.findMany({
      where: { entityType: "TimesheetDispute", entityId: { in: ids }, action: DISPUTE_SMS_ACTION },
      select: { entityId: true, after: true },
    }),
  ]);
  const done = new Set(sent.map((s) => `${s.entityId}:${(s.after as { event?: string } | null)?.event}`));
  const byId = new Map(disputes.map((d) => [d.id, d]));
  let count = 0;
  for (const o of owed) {
    const d = byId.get(o.disputeId);
    const phone = d?.parent.phone;
    if (!d || !phone || done.has(`${o.disputeId}:${o.event}`)) continue;
    done.add(`${o.disputeId}:${o.event}`);
    const ts = d.timesheet;
    const tz = ts.organization.timeZone;
    // The grace period the event opened (the dispute may have moved on since: the job resends late).
    const until = disputeGraceUntil(
      { ...d, status: EVENT_STATUS[o.event] },
      { confirmed: false, graceUntil: ts.graceUntil },
      ts,
      tz,
    );
    const text = disputeSmsText(o.event, {
      child: ts.child.firstName,
      month: `${pad(ts.month)}.${ts.year}`,
      until: until ? dotted(until, tz) : "",
    });
    await smsProvider().send(phone, text);
    await prisma.$transaction((tx) =>
      audit(tx, {
        actorPersonId: null,
        action: DISPUTE_SMS_ACTION,
        entityType: "TimesheetDispute",
        entityId: d.id,
        organizationId: ts.organizationId,
        after: { event: o.event, personId: d.parent.id, phone: `…${phone.slice(-4)}` },
      }),
    );
    count++;
  }
  return count;
}

// Right after a step committed: tells the parent. A failure is logged, not thrown — the step stands,
// and the daily job sends what is still owed.
export async function notifyDisputeEvent(disputeId: string, event: DisputeEvent): Promise<void> {
  try {
    await send([{ disputeId, event }]);
  } catch (error) {
    log.error("dispute.sms_failed", { disputeId, event, error });
  }
}

// The SMS still owed for the steps taken on disputes answered or decided in the last
// DISPUTE_NOTIFY_LOOKBACK_DAYS before `at` (read from the steps' audit records).
export async function notifyPendingDisputeAnswers(at: Date): Promise<number> {
  const since = new Date(at.getTime() - DISPUTE_NOTIFY_LOOKBACK_DAYS * 86_400_000);
  const recent = await prisma.timesheetDispute.findMany({
    where: {
      OR: [{ answeredAt: { gte: since, lte: at } }, { decidedAt: { gte: since, lte: at } }],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (recent.length === 0) return 0;
  const steps = await prisma.auditLog.findMany({
    where: {
      entityType: "TimesheetDispute",
      entityId: { in: recent.map((r) => r.id) },
      action: { in: [...DISPUTE_STEP_ACTIONS] },
    },
    select: { entityId: true, after: true },
    orderBy: { id: "asc" },
  });
  const owed = steps.flatMap((s) => {
    const event = (s.after as { event?: DisputeEvent } | null)?.event;
    return event ? [{ disputeId: s.entityId, event }] : [];
  });
  return send(owed);
}
