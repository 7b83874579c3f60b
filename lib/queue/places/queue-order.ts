// Who comes first for a place (pure; SPEC §5 "Queue"). Within a birth-year cohort the queue is
// ordered by the date and time of application (the application number breaks exact ties). In
// priority access the out-of-turn category comes first, then the first-priority categories, each
// in queue order. The 1:R ratio ("1 priority to 3 general") limits the first-priority categories:
// in a cohort of a district, first-priority applicants may receive at most one referral for every R
// referrals that went to applicants without a category (the very first one is allowed). Out-of-turn
// referrals are outside the ratio — they are out of turn.
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

// The applicant a priority-access place is offered to: the first out-of-turn applicant in queue
// order; failing that the first first-priority applicant if the ratio allows; otherwise nobody.
export function pickPriorityCandidate<T extends QueueEntry>(
  candidates: T[],
  counts: RatioCounts,
  ratioGeneral: number,
): T | null {
  const sorted = candidates.filter((c) => priorityRank(c.priority) < 2).sort(comparePriorityOrder);
  const first = sorted[0];
  if (!first) return null;
  if (priorityRank(first.priority) === 0) return first;
  return firstPriorityAllowed(counts, ratioGeneral) ? first : null;
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
