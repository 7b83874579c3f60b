import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { daysInMonth, formatYmd, localDate, monthDays } from "@/lib/calendar/zone";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { kindergartenCalendar } from "@/lib/kindergarten/calendar/working-calendar";
import { enrolledOn, type DayKind } from "@/lib/attendance/rules";
import { summarizeChild } from "@/lib/attendance/summary";
import type { AbsenceReason } from "@/lib/generated/prisma/enums";
import { assertBound } from "./binding";
import { currentSnapshot } from "./current-snapshot";
import { displayStatus } from "./status";
import { disputedMonthState, disputeTransition, mayDisputeAgain, nextStep } from "./dispute-rules";
import { canConfirmNow, confirmationWindow } from "./window";

export type ParentDay = {
  date: string;
  kind: DayKind;
  enrolled: boolean;
  status: "PRESENT" | "ABSENT" | null;
  reason: AbsenceReason | null;
  corrected: boolean;
  holiday: string | null;
};

// A bound child's month as the parent sees it: one sheet per kindergarten the child attended
// that month (usually one), with every day, the totals, the status, and what the parent may do now.
export async function parentMonth(
  actor: Actor,
  childId: string,
  year: number,
  month: number,
  now: Date,
  locale: string,
) {
  await assertBound(actor, childId);
  const from = ymdToDbDate(formatYmd(year, month, 1));
  const to = ymdToDbDate(formatYmd(year, month, daysInMonth(year, month)));
  const enrolments = await prisma.enrolment.findMany({
    where: { childId, startsOn: { lte: to }, OR: [{ endsOn: null }, { endsOn: { gte: from } }] },
    include: { organization: true, group: true },
    orderBy: { startsOn: "asc" },
  });
  const orgIds = [...new Set(enrolments.map((e) => e.organizationId))];
  return Promise.all(
    orgIds.map(async (orgId) => {
      const own = enrolments.filter((e) => e.organizationId === orgId);
      const org = own[0]!.organization;
      const spans = own.map((e) => ({
        startsOn: dbDateToYmd(e.startsOn),
        endsOn: e.endsOn ? dbDateToYmd(e.endsOn) : null,
      }));
      const [calendar, current, timesheet] = await Promise.all([
        kindergartenCalendar(
          orgId,
          formatYmd(year, month, 1),
          formatYmd(year, month, daysInMonth(year, month)),
        ),
        currentSnapshot(prisma, childId, orgId, year, month),
        prisma.timesheet.findUnique({
          where: { childId_organizationId_year_month: { childId, organizationId: orgId, year, month } },
          include: {
            confirmations: { orderBy: { signedAt: "desc" } },
            disputes: { orderBy: { createdAt: "desc" }, include: { answeredBy: true, decidedBy: true } },
          },
        }),
      ]);
      const markOf = new Map(current.marks.map((m) => [dbDateToYmd(m.date), m]));
      const days: ParentDay[] = monthDays(year, month).map((ymd) => {
        const m = markOf.get(ymd);
        return {
          date: ymd,
          kind: calendar.dayKind(ymd),
          enrolled: enrolledOn(spans, ymd),
          status: m?.status ?? null,
          reason: m?.reason ?? null,
          corrected: m?.correctedAfterConfirmation ?? false,
          holiday: calendar.holidayName(ymd, locale) ?? calendar.closureReason(ymd) ?? null,
        };
      });
      const today = localDate(now, org.timeZone);
      const totals = summarizeChild(
        days.map((d) => ({ ymd: d.date, kind: d.kind })),
        spans,
        current.marks.map((m) => ({ date: dbDateToYmd(m.date), status: m.status, reason: m.reason })),
        today,
      );
      const active = timesheet?.confirmations.find((c) => !c.supersededAt) ?? null;
      const status = displayStatus({
        ym: { year, month },
        today,
        tz: org.timeZone,
        row: timesheet,
        currentHash: current.hash,
        activeConfirmationHash: active?.snapshotHash ?? null,
      });
      // A disputed month shows what its dispute makes of it now: still disputed (excused), open for
      // confirmation in a grace period, or not confirmed once that is over (lib/timesheet/dispute-rules.ts).
      const latest = timesheet?.disputes[0] ?? null;
      const sheetFacts = {
        confirmed: timesheet?.status === "CONFIRMED",
        graceUntil: timesheet?.graceUntil ?? null,
      };
      const ym = { year, month };
      const disputed = latest ? disputedMonthState(latest, sheetFacts, ym, org.timeZone, now) : null;
      const shown =
        status === "disputed" && disputed === "missed"
          ? "not_confirmed"
          : status === "disputed" && disputed === "open"
            ? "open"
            : status;
      const next = latest ? nextStep(latest, sheetFacts, ym, org.timeZone, now) : null;
      const canEscalate =
        !!latest &&
        disputeTransition(latest, "escalate", { sheet: sheetFacts, ym, tz: org.timeZone, at: now }).ok;
      const open = canConfirmNow(ym, now, org.timeZone, timesheet?.graceUntil);
      return {
        organization: org,
        groups: [...new Set(own.map((e) => e.group.name))],
        days,
        totals,
        status: shown,
        window: confirmationWindow({ year, month }),
        graceUntil: timesheet?.graceUntil ?? null,
        timesheetId: timesheet?.id ?? null,
        snapshotHash: current.hash,
        confirmation: active,
        disputes: timesheet?.disputes ?? [],
        next,
        canEscalate,
        canConfirm: open && shown !== "confirmed",
        canDispute: open && mayDisputeAgain(latest),
      };
    }),
  );
}
