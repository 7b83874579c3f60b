import type { AbsenceReason } from "@/lib/generated/prisma/enums";

// The phone's queue of attendance marks (the day view keeps it in IndexedDB, lib/attendance/offline-store.ts).
// Every mark goes through it: it is stored first, with its idempotency key and the time the educator
// made it, then sent; it leaves the queue when the server has answered it. Rules:
// - marks are sent one at a time in the order they were made (`seq`), so a later mark of a child-day
//   overrides an earlier one on the server as it did on the screen;
// - an answer maps to applied (leave the queue), refused (stays, shown with the server's reason until the
//   educator dismisses it) or retry (no connection, a server error, a lapsed session: keep it waiting and
//   stop sending until the next chance — the key makes a resend safe);
// - what the screen shows for a child-day is the newest waiting mark, else what the server holds;
// - a phone passed between educators keeps each one's marks for their own session (`ownMarks`): the
//   server would otherwise apply them as whoever is signed in.

export type MarkStatus = "PRESENT" | "ABSENT";

export type QueuedMark = {
  key: string;
  /** Who made it: a shared phone sends each person's marks only in that person's session. */
  personId: string;
  /** Order of making on this device (a counter: two taps in one millisecond keep their order). */
  seq: number;
  /** ISO time the educator made the mark. */
  madeAt: string;
  groupId: string;
  childId: string;
  /** The child's name, to report a refusal after the page has changed. */
  childName: string;
  date: string;
  status: MarkStatus;
  reason: AbsenceReason | null;
  correctionReason?: string;
  state: "waiting" | "refused";
  /** The server's reason for a refusal, in the educator's language. */
  refusal?: string;
};

/** What sending a mark answered: the action's JSON answer, or "network" when the request never got one. */
export type SendAnswer =
  | { ok: true; status: MarkStatus; reason: string | null; corrected: boolean }
  | { ok: false; message: string; texts?: Record<string, string> }
  | "network";

export type SendOutcome = "applied" | "refused" | "retry";

// Answers that say "not now" rather than "never": the key is sent again later.
const TRANSIENT = new Set(["errors.internal", "errors.unauthenticated", "errors.rate_limited"]);

export function outcomeOf(answer: SendAnswer): SendOutcome {
  if (answer === "network") return "retry";
  if (answer.ok) return "applied";
  return TRANSIENT.has(answer.message) ? "retry" : "refused";
}

// The marks of the person signed in (the others' wait on the device for their own session).
export function ownMarks(queue: QueuedMark[], personId: string): QueuedMark[] {
  return queue.filter((m) => m.personId === personId);
}

// The waiting marks in the order they must be sent.
export function sendOrder(queue: QueuedMark[]): QueuedMark[] {
  return queue.filter((m) => m.state === "waiting").sort((a, b) => a.seq - b.seq);
}

// The counter for the next mark made on this device.
export function nextSeq(queue: QueuedMark[]): number {
  return queue.reduce((max, m) => Math.max(max, m.seq), 0) + 1;
}

// The newest waiting mark of each child on a day (what the screen shows until the server has it).
export function waitingByChild(queue: QueuedMark[], groupId: string, date: string): Map<string, QueuedMark> {
  const out = new Map<string, QueuedMark>();
  for (const m of sendOrder(queue)) if (m.groupId === groupId && m.date === date) out.set(m.childId, m);
  return out;
}

// The refused marks, oldest first (reported until dismissed).
export function refusedMarks(queue: QueuedMark[]): QueuedMark[] {
  return queue.filter((m) => m.state === "refused").sort((a, b) => a.seq - b.seq);
}

// A new idempotency key (a version 4 UUID). crypto.randomUUID exists only in secure contexts; getRandomValues
// everywhere.
export function newKey(random: (a: Uint8Array) => Uint8Array = (a) => crypto.getRandomValues(a)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
