import "server-only";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock/request-now";
import { AppError } from "@/lib/errors/app-error";
import { addDays, isYmd, localDate, parseYmd } from "@/lib/calendar/zone";
import { kindergartenCalendar } from "@/lib/kindergarten/calendar/working-calendar";
import { loadGroupMonth } from "./group-month";
import type { DayChild } from "./day-list";

export type GroupDay = Awaited<ReturnType<typeof loadGroupDay>>;

// One day of a group for the day view: the grid's month read (the same rules decide each child's block,
// planned absence and confirmed month), cut to the day, with the working days around it to move between.
// The day is the ?date= asked for, or today in the kindergarten's time zone.
export async function loadGroupDay(
  actor: Actor,
  groupId: string,
  dateParam: string | undefined,
  now: Date,
  locale: string,
) {
  const today = localDate(now);
  const date = dateParam && isYmd(dateParam) ? dateParam : today;
  const { year, month, day } = parseYmd(date);
  const m = await loadGroupMonth(actor, groupId, year, month, now, locale);
  const i = day - 1;
  const children: DayChild[] = m.rows
    .map((r) => ({ r, c: r.cells[i]! }))
    .filter(({ c }) => c.block !== "not_enrolled" || c.status !== null)
    .map(({ r, c }) => ({
      childId: r.childId,
      name: r.name,
      status: c.status,
      reason: c.reason,
      corrected: c.corrected,
      block: c.block,
      planned: c.planned,
      confirmed: r.confirmed,
    }));
  // The nearest working days before and after (up to a month away; after: not beyond today).
  const from = addDays(date, -31);
  const to = addDays(date, 31);
  const calendar = await kindergartenCalendar(m.group.organizationId, from, to);
  const working = (d: string) => calendar.dayKind(d) === "working";
  let prev: string | null = null;
  for (let d = addDays(date, -1); d >= from && !prev; d = addDays(d, -1)) if (working(d)) prev = d;
  let next: string | null = null;
  for (let d = addDays(date, 1); d <= to && d <= m.today && !next; d = addDays(d, 1))
    if (working(d)) next = d;
  return {
    /** The educator's own id: the phone's queue sends only this person's marks (offline-queue.ts). */
    personId: actor.personId,
    group: m.group,
    date,
    today: m.today,
    day: m.days[i]!,
    children,
    canMark: m.canMark,
    prev,
    next,
    /** The month's working days up to today, for the date chooser. */
    workingDays: m.days.filter((d) => d.kind === "working" && d.ymd <= m.today).map((d) => d.ymd),
  };
}

// For the day view page: the group's day, or a redirect (sign-in / no access) as the grid's page does.
export async function groupDayForPage(locale: Locale, groupId: string, dateParam: string | undefined) {
  const actor = await getActor();
  if (!actor) return redirect({ href: "/sign-in", locale });
  if (actor.mustChangePassword) return redirect({ href: "/change-password", locale });
  try {
    return await loadGroupDay(actor, groupId, dateParam, await requestNow(), locale);
  } catch (e) {
    if (e instanceof AppError && (e.code === "forbidden" || e.code === "not_found"))
      return redirect({ href: "/no-access", locale });
    throw e;
  }
}
