import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import { audit } from "@/lib/audit/audit";
import type { Job, JobLog } from "@/lib/jobs/types";
import { PlaceWindows } from "./place-windows";
import { recordProtocolEvent, type ProtocolPlace } from "./protocol-event";
import { offerPriorityPlaces } from "./offer-priority";

// Moves one PRIORITY place whose window ended at `generalFrom` to GENERAL access inside the caller's
// transaction — only if it is unchanged since it was read (status and version) — with the protocol event
// MOVED_TO_GENERAL dated at the window's end (not at the run) and an audit record. False if it had moved.
export async function moveToGeneral(
  tx: Tx,
  place: ProtocolPlace & { version: number },
  generalFrom: Date,
): Promise<boolean> {
  const { count } = await tx.place.updateMany({
    where: { id: place.id, status: "PRIORITY", version: place.version },
    data: { status: "GENERAL", generalFrom, version: { increment: 1 } },
  });
  if (count !== 1) return false;
  await recordProtocolEvent(tx, place, "MOVED_TO_GENERAL", generalFrom);
  await audit(tx, {
    actorPersonId: null,
    action: "place.general_access",
    entityType: "Place",
    entityId: place.id,
    organizationId: place.organizationId,
    before: { status: "PRIORITY", version: place.version },
    after: { status: "GENERAL", generalFrom, version: place.version + 1 },
  });
  return true;
}

// Moves every PRIORITY place whose window is over at `at` to GENERAL access, each in its own transaction
// (moveToGeneral). Running it again, or late, changes nothing more. Returns how many places moved. Access
// itself is decided by the clock at the claim (claim-place.ts); this keeps listings and the protocol fresh.
export async function moveDuePlacesToGeneral(
  at: Date,
  log: JobLog = () => {},
  windows = new PlaceWindows(prisma),
): Promise<number> {
  const places = await prisma.place.findMany({
    where: { status: "PRIORITY" },
    include: { group: { select: { name: true } } },
    orderBy: [{ releasedAt: "asc" }, { id: "asc" }],
  });
  let moved = 0;
  for (const place of places) {
    const { generalFrom } = await windows.windowOf(place);
    if (at < generalFrom) continue;
    if (await prisma.$transaction((tx) => moveToGeneral(tx, place, generalFrom))) {
      moved++;
      log(
        `places-general-access: place ${place.id} (${place.birthYear}) moved to general access from ${generalFrom.toISOString()}`,
      );
    }
  }
  return moved;
}

// One run: first the places whose priority window is over move to general access, then the places
// still in their window are offered to the first eligible priority applicant (offerPriorityPlaces).
export async function runPlacesGeneralAccess(at: Date, log: JobLog = () => {}) {
  const windows = new PlaceWindows(prisma);
  const moved = await moveDuePlacesToGeneral(at, log, windows);
  const offered = await offerPriorityPlaces(at, { log, windows });
  return { moved, offered };
}

// Every 10 minutes (Asia/Almaty) and `npm run job -- places-general-access --at …`.
export const placesGeneralAccessJob: Job = {
  name: "places-general-access",
  description:
    "Places whose priority window is over move to general access; places in their window are offered to the first eligible priority applicant",
  schedule: { cron: "*/10 * * * *", tz: "Asia/Almaty" },
  run: ({ at, log }) => runPlacesGeneralAccess(at, log),
};
