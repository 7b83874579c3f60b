import "server-only";
import { prisma } from "@/lib/db/prisma";
import { can } from "@/lib/auth/policy";
import { orgPathOf } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { daysInMonth, formatYmd, localDate, monthDays } from "@/lib/calendar/zone";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { kindergartenCalendar } from "@/lib/kindergarten/calendar/working-calendar";
import type { AbsenceReason, TimesheetStatus } from "@/lib/generated/prisma/enums";
import { groupFor } from "./group-access";
import { cellBlock, enrolledOn, type DayKind } from "./rules";

export type GridCell = {
  status: "PRESENT" | "ABSENT" | null;
  reason: AbsenceReason | null;
  corrected: boolean;
  block: "future" | "non_working" | "not_enrolled" | null;
  planned: AbsenceReason | null;
};
export type GridRow = {
  childId: string;
  name: string;
  cells: GridCell[];
  timesheet: TimesheetStatus | null;
  confirmed: boolean;
  enrolments: { startsOn: string; endsOn: string | null }[];
};
export type GroupMonth = Awaited<ReturnType<typeof loadGroupMonth>>;

// Everything the attendance grid shows for a group and month, in the kindergarten's time zone.
export async function loadGroupMonth(
  actor: Actor,
  groupId: string,
  year: number,
  month: number,
  now: Date,
  locale: string,
) {
  const group = await groupFor(actor, groupId, "group.read");
  const from = formatYmd(year, month, 1);
  const to = formatYmd(year, month, daysInMonth(year, month));
  const range = { gte: ymdToDbDate(from), lte: ymdToDbDate(to) };
  const [calendar, enrolments, marks] = await Promise.all([
    kindergartenCalendar(group.organizationId, from, to),
    prisma.enrolment.findMany({
      where: {
        groupId,
        startsOn: { lte: range.lte },
        OR: [{ endsOn: null }, { endsOn: { gte: range.gte } }],
      },
      include: { child: true },
      orderBy: [{ child: { lastName: "asc" } }, { child: { firstName: "asc" } }],
    }),
    prisma.attendanceMark.findMany({ where: { groupId, date: range } }),
  ]);
  const childIds = [...new Set(enrolments.map((e) => e.childId))];
  const [timesheets, planned] = await Promise.all([
    prisma.timesheet.findMany({
      where: { organizationId: group.organizationId, year, month, childId: { in: childIds } },
      // Whether a confirmation exists, as one row by the index: `_count` made Prisma count every
      // confirmation of the region in a joined GROUP BY (246 ms a grid on the region's 1.1 million).
      include: { confirmations: { select: { id: true }, take: 1 } },
    }),
    prisma.absenceNotice.findMany({
      where: {
        childId: { in: childIds },
        kind: "PLANNED",
        status: { not: "CANCELLED" },
        dateFrom: { lte: range.lte },
        dateTo: { gte: range.gte },
      },
    }),
  ]);
  const today = localDate(now, group.organization.timeZone);
  const days = monthDays(year, month).map((ymd) => ({
    ymd,
    kind: calendar.dayKind(ymd) as DayKind,
    holiday: calendar.holidayName(ymd, locale) ?? calendar.closureReason(ymd) ?? null,
  }));
  const markOf = new Map(marks.map((m) => [`${m.childId}:${dbDateToYmd(m.date)}`, m]));
  const rows: GridRow[] = childIds.map((childId) => {
    const own = enrolments.filter((e) => e.childId === childId);
    const spans = own.map((e) => ({
      startsOn: dbDateToYmd(e.startsOn),
      endsOn: e.endsOn ? dbDateToYmd(e.endsOn) : null,
    }));
    const ts = timesheets.find((t) => t.childId === childId);
    return {
      childId,
      name: [own[0]!.child.lastName, own[0]!.child.firstName].filter(Boolean).join(" "),
      enrolments: spans,
      timesheet: ts?.status ?? null,
      confirmed: (ts?.confirmations.length ?? 0) > 0,
      cells: days.map((d) => {
        const m = markOf.get(`${childId}:${d.ymd}`);
        const p = planned.find(
          (n) => n.childId === childId && dbDateToYmd(n.dateFrom) <= d.ymd && d.ymd <= dbDateToYmd(n.dateTo),
        );
        return {
          status: m?.status ?? null,
          reason: m?.reason ?? null,
          corrected: m?.correctedAfterConfirmation ?? false,
          block: cellBlock(d, today, enrolledOn(spans, d.ymd)),
          planned: p ? (p.reason ?? "OTHER") : null,
        };
      }),
    };
  });
  const resource = {
    organizationId: group.organizationId,
    groupId,
    orgPath: await orgPathOf(group.organizationId),
  };
  return {
    group: { id: group.id, name: group.name, organizationId: group.organizationId },
    year,
    month,
    today,
    days,
    rows,
    canMark: can(actor, "attendance.mark", resource),
  };
}
