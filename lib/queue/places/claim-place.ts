import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { claimRefusal, type ClaimRefusal } from "./claim-rules";
import { issueReferral, ReferralBlocked } from "./issue-referral";
import { PlaceWindows } from "./place-windows";
import { afterReferralIssued } from "./referral-issued";
import { moveToGeneral } from "./general-access";
import { lockApplication } from "@/lib/queue/applications/history";
import { LIVE_STATUSES } from "@/lib/voucher/life-rules";

export type ClaimResult =
  | { ok: true; referral: { id: string; number: string; expiresAt: Date } }
  | { ok: false; reason: ClaimRefusal; until?: Date };

// Generous waits: when hundreds of parents press at once they queue for a connection and for the row.
const TX_OPTIONS = { maxWait: 20_000, timeout: 20_000 } as const;

// A parent takes a general-access place for their child's application ("Take this place" in the
// registry): first come, first served, exactly once (see issueReferral). Only a legal representative
// on record may claim for the application (another's application is "not found"); a place that is
// gone, still in priority access, of another cohort or district is refused with the reason.
export async function claimPlace(
  actor: Actor,
  placeId: string,
  applicationId: string,
  now: Date,
): Promise<ClaimResult> {
  if (actor.audience !== "parent") throw new AppError("forbidden");
  const seen = await prisma.place.findUnique({
    where: { id: placeId },
    include: { group: { select: { name: true } } },
  });
  if (!seen) throw new AppError("not_found");
  // Read outside the transaction, so a transaction never waits for a second connection. Access is decided
  // by the clock: a place whose priority window is over is in general access now, moved or not by the job.
  const windows = new PlaceWindows(prisma);
  const expiresAt = await windows.referralExpiry(seen.organizationId, now);
  const { generalFrom } = await windows.windowOf(seen);
  const windowOver = seen.status === "PRIORITY" && now >= generalFrom;
  let result: ClaimResult;
  try {
    result = await prisma.$transaction(async (tx) => {
      const app = await tx.queueApplication.findFirst({
        where: { id: applicationId, childId: { in: actor.representedChildIds } },
      });
      if (!app) throw new AppError("not_found");
      // The application's row first (the queue's lock order), then the place.
      await lockApplication(tx, app.id);
      if (windowOver) await moveToGeneral(tx, seen, generalFrom);
      const place = await tx.place.findUniqueOrThrow({
        where: { id: placeId },
        include: { group: { select: { name: true } }, organization: { select: { territoryId: true } } },
      });
      // A live voucher (issued, accepted, under contract) holds the child's turn: no place meanwhile.
      const voucherHeld = await tx.voucher.count({
        where: { applicationId: app.id, status: { in: [...LIVE_STATUSES] } },
      });
      const refusal =
        voucherHeld > 0
          ? "not_waiting"
          : claimRefusal({ ...place, territoryId: place.organization.territoryId }, app, now);
      if (refusal)
        return {
          ok: false as const,
          reason: refusal,
          ...(refusal === "stop_listed" ? { until: app.stopListUntil! } : {}),
        };
      const referral = await issueReferral(tx, {
        place,
        application: app,
        access: "general",
        at: now,
        expiresAt,
        actorPersonId: actor.personId,
      });
      return {
        ok: true as const,
        referral: { id: referral.id, number: referral.number, expiresAt: referral.expiresAt },
      };
    }, TX_OPTIONS);
  } catch (e) {
    if (!(e instanceof ReferralBlocked)) throw e;
    return { ok: false, reason: e.reason === "place_gone" ? "place_gone" : "not_waiting" };
  }
  if (result.ok) await afterReferralIssued(result.referral.id);
  return result;
}
