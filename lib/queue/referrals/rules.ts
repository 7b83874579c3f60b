import type { MessageKey } from "@/lib/action/message-key";
// Deciding on a referral (pure, SPEC §1.5): the parent accepts or refuses it only while it is issued
// and valid. Its expiry and the stop list after it lapses are the places module's rules
// (lib/queue/places/referral-rules.ts), shared by both sides.
import { referralLapsed } from "@/lib/queue/places/referral-rules";

type ReferralState = { status: string; expiresAt: Date };

// Why the parent can't accept or refuse the referral now (a translation key), or null when they can:
// only an issued referral, strictly before it expires.
export function referralDecisionProblem(r: ReferralState, at: Date): MessageKey | null {
  if (r.status !== "ISSUED") return "validation.queue.referralDecided";
  if (referralLapsed(r.expiresAt, at)) return "validation.queue.referralExpired";
  return null;
}

// True when an issued referral has lapsed unused at `at` (the expiry job turns it EXPIRED).
export function referralUnusedAndLapsed(r: ReferralState, at: Date): boolean {
  return r.status === "ISSUED" && referralLapsed(r.expiresAt, at);
}
