import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { PlaceStatus, PriorityCategory } from "@/lib/generated/prisma/enums";
import { addHistory, lockApplication } from "@/lib/queue/applications/history";
import { isStopListed } from "./referral-rules";
import { recordProtocolEvent, type ProtocolPlace } from "./protocol-event";
import { nextReferralNumber } from "./referral-number";

/** Why a referral could not be issued; thrown inside the transaction so everything rolls back. */
export class ReferralBlocked extends Error {
  constructor(readonly reason: "place_gone" | "application_busy") {
    super(reason);
    this.name = "ReferralBlocked";
  }
}

export type IssueInput = {
  /** The place as it was read: the update succeeds only if its status and version are still these. */
  place: ProtocolPlace & { status: PlaceStatus; version: number };
  application: { id: string; number: string; priority: PriorityCategory };
  access: "priority" | "general";
  at: Date;
  expiresAt: Date;
  /** The parent who took the place, or null when the system offered it in priority access. */
  actorPersonId: string | null;
};

// Gives the place to the application, exactly once. The application's row is locked first (the queue's
// lock order: application, then place) and must still be WAITING, off the stop list, and its applicant's
// link to the child verified. Then a
// conditional UPDATE of the place (status and version as read) decides: of many transactions racing
// for it only one changes the row, the others see 0 rows (Postgres re-checks the condition after the
// winner commits) and roll back. The referral, the history entry, the protocol event TAKEN and the
// audit records are written in the same transaction.
export async function issueReferral(tx: Tx, input: IssueInput) {
  const { place, application, at } = input;
  await lockApplication(tx, application.id);
  const current = await tx.queueApplication.findUniqueOrThrow({
    where: { id: application.id },
    select: { status: true, stopListUntil: true },
  });
  if (current.status !== "WAITING" || isStopListed(current.stopListUntil, at))
    throw new ReferralBlocked("application_busy");
  // An applicant whose claim to represent the child waits for the district officer (or was refused)
  // is offered nothing until it is verified.
  const unverified = await tx.$queryRaw<{ id: string }[]>`
    SELECT r.id FROM "QueueApplication" a
    JOIN "LegalRepresentative" r ON r."childId" = a."childId" AND r."representativeId" = a."applicantId"
    WHERE a.id = ${application.id} AND r.status <> 'VERIFIED'`;
  if (unverified.length > 0) throw new ReferralBlocked("application_busy");
  const won = await tx.place.updateMany({
    where: { id: place.id, status: place.status, version: place.version },
    data: { status: "TAKEN", takenAt: at, version: { increment: 1 } },
  });
  if (won.count !== 1) throw new ReferralBlocked("place_gone");
  await tx.queueApplication.update({ where: { id: application.id }, data: { status: "REFERRED" } });
  const number = await nextReferralNumber(tx, at);
  const referral = await tx.referral.create({
    data: {
      number,
      placeId: place.id,
      applicationId: application.id,
      status: "ISSUED",
      issuedAt: at,
      expiresAt: input.expiresAt,
    },
  });
  await addHistory(
    tx,
    application.id,
    "referral_issued",
    {
      referral: number,
      placeId: place.id,
      organizationId: place.organizationId,
      access: input.access,
      expiresAt: input.expiresAt.toISOString(),
    },
    at,
  );
  await recordProtocolEvent(tx, place, "TAKEN", at, {
    access: input.access,
    referral: number,
    ...(input.access === "priority" ? { category: application.priority } : {}),
  });
  const common = { actorPersonId: input.actorPersonId, organizationId: place.organizationId };
  await audit(tx, {
    ...common,
    action: "place.take",
    entityType: "Place",
    entityId: place.id,
    before: { status: place.status, version: place.version },
    after: {
      status: "TAKEN",
      takenAt: at,
      referral: number,
      application: application.number,
      access: input.access,
    },
  });
  await audit(tx, {
    ...common,
    action: "referral.issue",
    entityType: "Referral",
    entityId: referral.id,
    after: referral,
  });
  return referral;
}
