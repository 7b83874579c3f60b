import "server-only";
import { listSchedules, scheduleYears } from "./schedule";
import { subordinateKindergartens } from "./shifts";
import { departmentQueueSettings } from "./settings";

// Everything the department's recruitment page shows for a year: the years to switch between (those
// with a schedule, this year and the next), the year's lines, the kindergartens and the queue periods.
export async function recruitmentPage(authorityId: string, year: number, currentYear: number) {
  const [years, lines, kindergartens, settings] = await Promise.all([
    scheduleYears(authorityId),
    listSchedules(authorityId, year),
    subordinateKindergartens(authorityId),
    departmentQueueSettings(authorityId),
  ]);
  const all = [...new Set([...years, currentYear, currentYear + 1, year])].sort((a, b) => a - b);
  return { years: all, lines, kindergartens, settings };
}
