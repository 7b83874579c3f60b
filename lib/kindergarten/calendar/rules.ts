import type { MessageKey } from "@/lib/action/message-key";
// Pure rules of the calendar schedule: school years, their summer period, overlaps (unit-tested).
import { addDays, daysBetween, isYmd } from "@/lib/calendar/zone";

// A school year as YYYY-MM-DD strings; summer is optional (both dates or none).
export type SchoolYearDates = {
  startsOn: string;
  endsOn: string;
  summerStartsOn: string | null;
  summerEndsOn: string | null;
};

// The longest school year (days from start to end, inclusive) and summer period we accept.
export const MAX_YEAR_DAYS = 366;
// (June–August is 92 days.)
export const MAX_SUMMER_DAYS = 92;

// The days a school year occupies: from its start to the end of its summer (or of the year).
export function schoolYearSpan(y: SchoolYearDates): { from: string; to: string } {
  const to = y.summerEndsOn && y.summerEndsOn > y.endsOn ? y.summerEndsOn : y.endsOn;
  return { from: y.startsOn, to };
}

// True when two inclusive day ranges share at least one day.
export function spansOverlap(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

// True when the day lies in the range (inclusive).
export function inSpan(ymd: string, s: { from: string; to: string }): boolean {
  return s.from <= ymd && ymd <= s.to;
}

// Summer lies inside the year, or starts the day right after the year ends (June–August after
// a September–May year, as the kindergartens of the demo and of Kazakhstan do).
export function summerPlaced(y: SchoolYearDates): boolean {
  if (!y.summerStartsOn || !y.summerEndsOn) return true;
  const inside = y.summerStartsOn >= y.startsOn && y.summerEndsOn <= y.endsOn;
  return inside || y.summerStartsOn === addDays(y.endsOn, 1);
}

// Every problem of a school year's dates, as { field, translation key }; empty when it is fine.
export function schoolYearProblems(y: SchoolYearDates): { field: keyof SchoolYearDates; key: MessageKey }[] {
  const bad = (["startsOn", "endsOn", "summerStartsOn", "summerEndsOn"] as const).filter(
    (f) => y[f] !== null && !isYmd(y[f]!),
  );
  if (bad.length) return bad.map((field) => ({ field, key: "validation.date" }));
  const out: { field: keyof SchoolYearDates; key: MessageKey }[] = [];
  if (y.endsOn <= y.startsOn) out.push({ field: "endsOn", key: "validation.yearOrder" });
  else if (daysBetween(y.startsOn, y.endsOn) + 1 > MAX_YEAR_DAYS)
    out.push({ field: "endsOn", key: "validation.yearTooLong" });
  if (!y.summerStartsOn !== !y.summerEndsOn)
    out.push({ field: y.summerStartsOn ? "summerEndsOn" : "summerStartsOn", key: "validation.summerBoth" });
  else if (y.summerStartsOn && y.summerEndsOn) {
    if (y.summerEndsOn < y.summerStartsOn) out.push({ field: "summerEndsOn", key: "validation.summerOrder" });
    else if (daysBetween(y.summerStartsOn, y.summerEndsOn) + 1 > MAX_SUMMER_DAYS)
      out.push({ field: "summerEndsOn", key: "validation.summerTooLong" });
    else if (out.length === 0 && !summerPlaced(y))
      out.push({ field: "summerStartsOn", key: "validation.summerPlacement" });
  }
  return out;
}

// DD.MM.YYYY, the way both Kazakh and Russian readers write a date (for message placeholders).
export function dottedDate(ymd: string): string {
  return `${ymd.slice(8, 10)}.${ymd.slice(5, 7)}.${ymd.slice(0, 4)}`;
}

// The dates a new school year most likely has: 1 September – 31 May, summer June – August,
// the year after the last one (or the current school year when there is none).
export function suggestNextYear(lastStartsOn: string | undefined, today: string) {
  const y = lastStartsOn
    ? Number(lastStartsOn.slice(0, 4)) + 1
    : Number(today.slice(0, 4)) - (today.slice(5, 7) < "06" ? 1 : 0);
  return {
    startsOn: `${y}-09-01`,
    endsOn: `${y + 1}-05-31`,
    summerStartsOn: `${y + 1}-06-01`,
    summerEndsOn: `${y + 1}-08-31`,
  };
}
