import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { PlaceWindows } from "./place-windows";
import { recordProtocolEvent } from "./protocol-event";

export type ReturnOptions = {
  referral?: string;
  cause?: "expired" | "refused";
  actorPersonId?: string | null;
};

// Puts a TAKEN place back in the pool when its referral lapsed or was refused (for the referral
// engineer's expiry job and refusal; call it in that transaction, after locking the application).
// Decision: the priority window stays anchored to the original release — a returned place is not a
// new place — so it goes back to PRIORITY (and is offered to the next priority applicant) only while
// that window is still open, otherwise straight to GENERAL. Writes the protocol event EXPIRED (with
// the referral, the cause and where the place went) and an audit record. Returns the new status, or
// null when the place was not TAKEN (already returned, withdrawn, enrolled: nothing changes).
export async function returnPlaceToPool(
  tx: Tx,
  placeId: string,
  at: Date,
  opts: ReturnOptions = {},
): Promise<"PRIORITY" | "GENERAL" | null> {
  const place = await tx.place.findUnique({
    where: { id: placeId },
    include: { group: { select: { name: true } } },
  });
  if (!place || place.status !== "TAKEN") return null;
  const window = await new PlaceWindows(tx).windowOf(place);
  const status = at < window.generalFrom ? "PRIORITY" : "GENERAL";
  const generalFrom = status === "GENERAL" ? (place.generalFrom ?? window.generalFrom) : null;
  const { count } = await tx.place.updateMany({
    where: { id: placeId, status: "TAKEN", version: place.version },
    data: { status, takenAt: null, generalFrom, version: { increment: 1 } },
  });
  if (count !== 1) return null;
  await recordProtocolEvent(tx, place, "EXPIRED", at, {
    referral: opts.referral ?? null,
    cause: opts.cause ?? "expired",
    returnedTo: status,
  });
  await audit(tx, {
    actorPersonId: opts.actorPersonId ?? null,
    action: "place.return",
    entityType: "Place",
    entityId: placeId,
    organizationId: place.organizationId,
    before: { status: "TAKEN", takenAt: place.takenAt, version: place.version },
    after: { status, generalFrom, referral: opts.referral ?? null, cause: opts.cause ?? "expired" },
  });
  return status;
}
