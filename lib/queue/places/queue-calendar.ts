import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { dbDateToYmd } from "@/lib/calendar/db-date";
import { defaultDaysOff } from "@/lib/calendar/holidays";
import { makeCalendar, type WorkingCalendar } from "@/lib/calendar/working-days";

type Db = Pick<Tx, "holiday" | "organizationSettings">;

/** The queue periods of an education department (OrganizationSettings; defaults per SPEC §5). */
export type QueueSettings = {
  priorityRatioGeneral: number;
  priorityWindowWorkDays: number;
  referralValidityWorkDays: number;
  stopListDays: number;
};
export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  priorityRatioGeneral: 3,
  priorityWindowWorkDays: 3,
  referralValidityWorkDays: 5,
  stopListDays: 10,
};

const FIRST_DEFAULT_YEAR = 2020;
const LAST_DEFAULT_YEAR = 2040;

// The national working-day calendar for the queue: the Holiday table (holidays and transfer days off,
// weekends made working days by decree); a year with no rows at all falls back to the default
// Kazakhstan holidays of SPEC §5. Kindergartens' own closures don't shorten queue periods.
export async function loadQueueCalendar(db: Db): Promise<WorkingCalendar> {
  const rows = await db.holiday.findMany({ select: { date: true, kind: true } });
  const days = rows.map((r) => ({ date: dbDateToYmd(r.date), kind: r.kind }));
  const yearsWithRows = new Set(days.map((d) => Number(d.date.slice(0, 4))));
  const holidays = days.filter((d) => d.kind !== "WORKING_DAY").map((d) => d.date);
  for (let y = FIRST_DEFAULT_YEAR; y <= LAST_DEFAULT_YEAR; y++)
    if (!yearsWithRows.has(y)) holidays.push(...defaultDaysOff(y));
  const overrides = days
    .filter((d) => d.kind === "WORKING_DAY")
    .map((d) => ({ date: d.date, kind: "working_day" as const }));
  return makeCalendar({ holidays, overrides });
}

// The queue settings that apply to a kindergarten: its education department's (the organisation it is
// subordinate to), else its own row, else the defaults.
export async function loadQueueSettings(
  db: Db,
  org: { id: string; parentId: string | null },
): Promise<QueueSettings> {
  const ids = [org.parentId, org.id].filter((x): x is string => !!x);
  const rows = await db.organizationSettings.findMany({
    where: { organizationId: { in: ids } },
    select: SETTINGS_COLUMNS,
  });
  return pickQueueSettings(rows, org);
}

/** The columns of OrganizationSettings the queue reads. */
export const SETTINGS_COLUMNS = {
  organizationId: true,
  priorityRatioGeneral: true,
  priorityWindowWorkDays: true,
  referralValidityWorkDays: true,
  stopListDays: true,
} as const;

// The settings of a kindergarten among settings rows (any organisations'): its department's row, else
// its own, else the defaults.
export function pickQueueSettings(
  rows: (QueueSettings & { organizationId: string })[],
  org: { id: string; parentId: string | null },
): QueueSettings {
  const row =
    rows.find((r) => r.organizationId === org.parentId) ?? rows.find((r) => r.organizationId === org.id);
  if (!row) return DEFAULT_QUEUE_SETTINGS;
  return {
    priorityRatioGeneral: row.priorityRatioGeneral,
    priorityWindowWorkDays: row.priorityWindowWorkDays,
    referralValidityWorkDays: row.referralValidityWorkDays,
    stopListDays: row.stopListDays,
  };
}
