import { log } from "@/lib/log";
import "server-only";
import { notifyReferralIssued } from "@/lib/queue/referrals/notify";

// Tells the applicant about a referral just issued (SMS; the cabinet lists it anyway), after its
// transaction committed. A failed notification never undoes the referral: it is logged.
export async function afterReferralIssued(referralId: string): Promise<void> {
  try {
    await notifyReferralIssued(referralId);
  } catch (e) {
    log.error("queue.referral_notification_failed", { referralId, error: e });
  }
}
