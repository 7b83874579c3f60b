// Where an application stands in its cohort (pure). The cohort is one district and one birth year;
// the order is the places module's rule (lib/queue/places/queue-order.ts).
import {
  comparePriorityOrder,
  compareQueueOrder,
  priorityRank,
  type QueueEntry,
} from "@/lib/queue/places/queue-order";

/** 1-based positions of a waiting application, with the sizes of both queues. */
export type Position = {
  general: number;
  generalTotal: number;
  priority: number | null;
  priorityTotal: number;
};

// Positions of every entry of one cohort: in the general queue (everyone, by date and time of
// application) and, for applicants with a category, in the priority queue (out of turn first, then
// the first-priority categories, each by date and time).
export function cohortPositions(cohort: readonly QueueEntry[]): Map<string, Position> {
  const general = [...cohort].sort(compareQueueOrder);
  const priority = cohort.filter((e) => priorityRank(e.priority) < 2).sort(comparePriorityOrder);
  const out = new Map<string, Position>();
  general.forEach((e, i) =>
    out.set(e.id, {
      general: i + 1,
      generalTotal: general.length,
      priority: null,
      priorityTotal: priority.length,
    }),
  );
  priority.forEach((e, i) => (out.get(e.id)!.priority = i + 1));
  return out;
}
