import "server-only";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors/app-error";
import { lockGroup } from "@/lib/kindergarten/contingent/checks";
import { refuse, runRefusable, type Outcome } from "@/lib/action/refusal";
import type { ManagerContext } from "@/lib/auth/audiences";
import { recordProtocolEvent } from "./protocol-event";
import { PlaceWindows } from "./place-windows";
import { inGroupCohort, releasablePlaces } from "./release-rules";
import type { ReleasePlacesInput, WithdrawPlaceInput } from "./schemas";

/** Statuses of a place that still occupies a seat of its group (open, or taken and not enrolled yet). */
export const OCCUPYING_STATUSES = ["PRIORITY", "GENERAL", "TAKEN"] as const;

// Releases `count` free places of a group of the manager's kindergarten to the queue (cohort = the
// chosen birth year of the group, language = the group's). Each place starts in priority access and
// gets the protocol event RELEASED and an audit record. The group's row is locked while its seats are
// counted, so two releases can't both fill its last seat. Another kindergarten's group: not found.
export async function releasePlaces(
  ctx: ManagerContext,
  input: ReleasePlacesInput,
  now: Date,
): Promise<Outcome<string[]>> {
  return runRefusable(async (tx) => {
    const group = await tx.group.findFirst({
      where: { id: input.groupId, organizationId: ctx.organizationId },
    });
    if (!group) throw new AppError("not_found");
    if (group.archivedAt) refuse({ groupId: "validation.places.groupArchived" });
    if (!inGroupCohort(input.birthYear, group))
      refuse({}, "validation.places.cohort", { from: group.birthYearFrom, to: group.birthYearTo });
    await lockGroup(tx, group.id);
    const [staying, open] = await Promise.all([
      tx.enrolment.count({ where: { organizationId: ctx.organizationId, groupId: group.id, endsOn: null } }),
      tx.place.count({
        where: {
          organizationId: ctx.organizationId,
          groupId: group.id,
          status: { in: [...OCCUPYING_STATUSES] },
        },
      }),
    ]);
    const free = releasablePlaces(group.capacity, staying, open);
    if (input.count > free)
      refuse({ count: "validation.invalid" }, "validation.places.overCapacity", {
        free,
        capacity: group.capacity,
      });
    const ids: string[] = [];
    const windows = new PlaceWindows(tx);
    for (let i = 0; i < input.count; i++) {
      const place = await tx.place.create({
        data: {
          organizationId: ctx.organizationId,
          groupId: group.id,
          birthYear: input.birthYear,
          language: group.language,
          status: "PRIORITY",
          releasedAt: now,
        },
      });
      await recordProtocolEvent(tx, { ...place, group }, "RELEASED", now, await windows.releaseFacts(place));
      await audit(tx, {
        actorPersonId: ctx.actor.personId,
        action: "place.release",
        entityType: "Place",
        entityId: place.id,
        organizationId: ctx.organizationId,
        after: place,
      });
      ids.push(place.id);
    }
    return ids;
  });
}

// Withdraws an open place (priority or general access) of the manager's kindergarten at any time
// until it is taken, with the reason (published in the protocol as WITHDRAWN). A place already taken,
// enrolled or withdrawn is refused with a message and nothing changes; another kindergarten's: not found.
export async function withdrawPlace(
  ctx: ManagerContext,
  input: WithdrawPlaceInput,
  now: Date,
): Promise<Outcome<null>> {
  return runRefusable(async (tx) => {
    const place = await tx.place.findFirst({
      where: { id: input.id, organizationId: ctx.organizationId },
      include: { group: { select: { name: true } } },
    });
    if (!place) throw new AppError("not_found");
    const { count } = await tx.place.updateMany({
      where: { id: place.id, organizationId: ctx.organizationId, status: { in: ["PRIORITY", "GENERAL"] } },
      data: { status: "WITHDRAWN", withdrawnAt: now, version: { increment: 1 } },
    });
    if (count !== 1) refuse({}, "kgPlaces.notOpen");
    await recordProtocolEvent(tx, place, "WITHDRAWN", now, { reason: input.reason });
    await audit(tx, {
      actorPersonId: ctx.actor.personId,
      action: "place.withdraw",
      entityType: "Place",
      entityId: place.id,
      organizationId: ctx.organizationId,
      before: { status: place.status, version: place.version },
      after: { status: "WITHDRAWN", withdrawnAt: now, reason: input.reason },
    });
    return null;
  });
}
