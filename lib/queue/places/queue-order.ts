// Who comes first for a place (pure; SPEC §4–5 "Queue"). Within a birth-year cohort the queue is
// ordered by the date and time of application (the application number breaks exact ties). Priority
// access follows the queue for everyone: the out-of-turn category first, then the first-priority
// categories and the applicants without a category interleaved by the 1:R ratio ("1 priority to 3
// general"): in a cohort of a district, first-priority applicants may receive at most one referral for
// every R referrals that went to applicants without a category (the very first one is allowed).
// Out-of-turn referrals are outside the ratio — they are out of turn. General access is first come.
import type { PriorityCategory } from "@/lib/generated/prisma/enums";

export type QueueEntry = { id: string; number: string; priority: PriorityCategory; submittedAt: Date };
/** Referrals already issued in the cohort and district this year, by the applicant's category. */
export type RatioCounts = { firstPriority: number; general: number };

// 0 = out of turn, 1 = first priority (disabled parent, orphan, large family, special needs), 2 = none.
export function priorityRank(p: PriorityCategory): 0 | 1 | 2 {
  if (p === "OUT_OF_TURN") return 0;
  return p === "NONE" ? 2 : 1;
}

// The general queue order: earlier application first, then the lower application number.
export function compareQueueOrder(a: QueueEntry, b: QueueEntry): number {
  return a.submittedAt.getTime() - b.submittedAt.getTime() || a.number.localeCompare(b.number);
}

// The priority order: category rank first, then the queue order.
export function comparePriorityOrder(a: QueueEntry, b: QueueEntry): number {
  return priorityRank(a.priority) - priorityRank(b.priority) || compareQueueOrder(a, b);
}

// True if one more first-priority referral keeps the ratio 1 : ratioGeneral (P · R ≤ G before it).
export function firstPriorityAllowed(counts: RatioCounts, ratioGeneral: number): boolean {
  if (ratioGeneral <= 0) return true;
  return counts.firstPriority * ratioGeneral <= counts.general;
}

// The order in which a kindergarten's priority-access places go to the applicants who chose it (SPEC §4,
// seed 003: priority access IS the queue order): out-of-turn applicants first, by date and time of
// application; then the first-priority categories and the applicants without a category interleaved —
// a first-priority applicant comes next while the ratio allows it (P · R ≤ G, counting the referrals
// already issued in the cohort and district this year and each one this order hands out), otherwise the
// next applicant without a category; when one of the two lines is empty the other goes on.
export function offerOrder<T extends QueueEntry>(
  candidates: readonly T[],
  counts: RatioCounts,
  ratio: number,
): T[] {
  const line = (rank: number) =>
    candidates.filter((c) => priorityRank(c.priority) === rank).sort(compareQueueOrder);
  const [outOfTurn, first, general] = [line(0), line(1), line(2)];
  const out = [...outOfTurn];
  let { firstPriority, general: generalCount } = counts;
  let i = 0;
  let j = 0;
  while (i < first.length || j < general.length) {
    const takeFirst =
      i < first.length &&
      (j >= general.length || firstPriorityAllowed({ firstPriority, general: generalCount }, ratio));
    if (takeFirst) {
      out.push(first[i++]!);
      firstPriority++;
    } else {
      out.push(general[j++]!);
      generalCount++;
    }
  }
  return out;
}

// The applicant a priority-access place is offered to now: the first of offerOrder, or nobody.
export function pickOfferCandidate<T extends QueueEntry>(
  candidates: readonly T[],
  counts: RatioCounts,
  ratio: number,
): T | null {
  return offerOrder(candidates, counts, ratio)[0] ?? null;
}

// 1-based positions of an application in its cohort: in the general queue (everyone, queue order) and,
// when it has a category, among the priority applicants (priority order). Null when it isn't listed.
export function queuePositions(
  cohort: QueueEntry[],
  id: string,
): { general: number | null; priority: number | null } {
  const general = [...cohort].sort(compareQueueOrder).findIndex((e) => e.id === id);
  const prio = cohort
    .filter((e) => priorityRank(e.priority) < 2)
    .sort(comparePriorityOrder)
    .findIndex((e) => e.id === id);
  return { general: general < 0 ? null : general + 1, priority: prio < 0 ? null : prio + 1 };
}
