import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import { recordProtocolEvent } from "./protocol-event";

// Closes a TAKEN place when the child is enrolled by order on its referral (for the enrolment step,
// in its transaction): the place becomes ENROLLED, with the protocol event ENROLLED and an audit
// record. Returns false when the place was not TAKEN (nothing changes).
export async function markPlaceEnrolled(
  tx: Tx,
  placeId: string,
  at: Date,
  opts: { referral?: string; actorPersonId?: string | null } = {},
): Promise<boolean> {
  const place = await tx.place.findUnique({
    where: { id: placeId },
    include: { group: { select: { name: true } } },
  });
  if (!place || place.status !== "TAKEN") return false;
  const { count } = await tx.place.updateMany({
    where: { id: placeId, status: "TAKEN", version: place.version },
    data: { status: "ENROLLED", version: { increment: 1 } },
  });
  if (count !== 1) return false;
  await recordProtocolEvent(tx, place, "ENROLLED", at, { referral: opts.referral ?? null });
  await audit(tx, {
    actorPersonId: opts.actorPersonId ?? null,
    action: "place.enrol",
    entityType: "Place",
    entityId: placeId,
    organizationId: place.organizationId,
    before: { status: "TAKEN" },
    after: { status: "ENROLLED", referral: opts.referral ?? null },
  });
  return true;
}
