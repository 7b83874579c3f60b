import type { AppealStatus } from "@/lib/generated/prisma/enums";

// The rules of an organisation's feedback block (SPEC §3.1–3.2, seed 002 §3.2.5 and §3.3), pure:
// - electronic appeals are accepted only while the appeals e-mail is confirmed — an address and the time
//   its code was entered; changing the address clears the confirmation, and appeals stop until the new
//   one is confirmed;
// - a visitor can't flood an organisation: from one e-mail at most FEEDBACK_LIMITS.perEmailPerHour
//   appeals (and as many questions) an hour, from one client address at most perIpPerHour appeals and
//   questions together;
// - an appeal goes NEW → IN_PROGRESS → ANSWERED (an answer may also come straight to a new one); an
//   answered appeal is closed;
// - a question appears publicly only once it is answered and published; unanswered ones can't be published.

/** The inbox's statuses in their order. */
export const APPEAL_STATUSES: AppealStatus[] = ["NEW", "IN_PROGRESS", "ANSWERED"];

export const FEEDBACK_LIMITS = { perEmailPerHour: 5, perIpPerHour: 10, windowMs: 3600_000 } as const;

/** The part of OrganizationSettings the appeals e-mail lives in. */
export type AppealsEmailState = { appealsEmail: string | null; appealsEmailConfirmedAt: Date | null };

// True while electronic appeals are on: the organisation has an appeals e-mail and it is confirmed.
export function appealsOpen(s: AppealsEmailState | null | undefined): boolean {
  return !!s?.appealsEmail && !!s.appealsEmailConfirmedAt;
}

// The state after an administrator enters an address: a new address is unconfirmed; the same one keeps
// its confirmation.
export function withAppealsEmail(s: AppealsEmailState | null | undefined, email: string): AppealsEmailState {
  const same = !!s?.appealsEmail && sameEmail(s.appealsEmail, email);
  return { appealsEmail: email, appealsEmailConfirmedAt: same ? (s?.appealsEmailConfirmedAt ?? null) : null };
}

// E-mail addresses compare without case and surrounding spaces.
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function sameEmail(a: string, b: string): boolean {
  return normalizeEmail(a) === normalizeEmail(b);
}

/** What the organisation received in the last hour: from this e-mail (of this kind) and from this address. */
export type RecentMessages = { fromEmail: number; fromIp: number };

// True when one more appeal (or question) may be accepted now.
export function underLimits(recent: RecentMessages): boolean {
  return recent.fromEmail < FEEDBACK_LIMITS.perEmailPerHour && recent.fromIp < FEEDBACK_LIMITS.perIpPerHour;
}

// An appeal can be taken into work only while it is new.
export function canTake(status: AppealStatus): boolean {
  return status === "NEW";
}

// An appeal can be answered until it is answered.
export function canAnswer(status: AppealStatus): boolean {
  return status !== "ANSWERED";
}

// A question may be published only with an answer.
export function canPublish(q: { answer: string | null }): boolean {
  return !!q.answer?.trim();
}

// True when the public sees this question.
export function isPublicQuestion(q: { answer: string | null; published: boolean }): boolean {
  return q.published && canPublish(q);
}
