import type { GroupMonth } from "./group-month";
import { summarizeChild, summarizeGroup, type SummaryMark } from "./summary";

// The month summary of a loaded grid: per child and for the whole group.
export function groupSummary(data: GroupMonth) {
  const children = data.rows.map((r) => {
    const marks: SummaryMark[] = r.cells.flatMap((c, j) =>
      c.status ? [{ date: data.days[j]!.ymd, status: c.status, reason: c.reason }] : [],
    );
    return {
      childId: r.childId,
      name: r.name,
      summary: summarizeChild(data.days, r.enrolments, marks, data.today),
    };
  });
  return { children, total: summarizeGroup(children.map((c) => c.summary)) };
}
