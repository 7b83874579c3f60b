// Pure sorting of a child's absence notices for the parent's page (no I/O, unit-tested).
import type { AbsenceNoticeKind, AbsenceNoticeStatus } from "@/lib/generated/prisma/enums";
import { dbDateToYmd } from "@/lib/calendar/db-date";

type NoticeLike = { kind: AbsenceNoticeKind; status: AbsenceNoticeStatus; dateFrom: Date; dateTo: Date };

// What the parent sees for one child: questions to answer, answers the kindergarten hasn't applied
// yet (still changeable), announced absences from today on, and the rest as history.
export type NoticeSections<N> = { awaiting: N[]; answered: N[]; planned: N[]; history: N[] };

const byDateAsc = (a: NoticeLike, b: NoticeLike) => a.dateFrom.getTime() - b.dateFrom.getTime();
const byDateDesc = (a: NoticeLike, b: NoticeLike) => b.dateFrom.getTime() - a.dateFrom.getTime();

// Splits one child's notices into sections on `today` (YYYY-MM-DD). A question the kindergarten
// withdrew (the child turned out present, or the reason became known) is not shown at all.
export function noticeSections<N extends NoticeLike>(
  notices: N[],
  today: string,
  historyLimit = 10,
): NoticeSections<N> {
  const out: NoticeSections<N> = { awaiting: [], answered: [], planned: [], history: [] };
  for (const n of notices) {
    if (n.kind === "UNEXPLAINED") {
      if (n.status === "SENT") out.awaiting.push(n);
      else if (n.status === "ANSWERED") out.answered.push(n);
      else if (n.status === "APPLIED") out.history.push(n);
    } else if (n.status !== "CANCELLED" && dbDateToYmd(n.dateTo) >= today) out.planned.push(n);
    else out.history.push(n);
  }
  out.awaiting.sort(byDateAsc);
  out.answered.sort(byDateDesc);
  out.planned.sort(byDateAsc);
  out.history.sort(byDateDesc);
  out.history = out.history.slice(0, historyLimit);
  return out;
}
