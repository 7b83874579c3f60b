import "server-only";
import { prisma } from "@/lib/db/prisma";
import { enrolmentsByGroup } from "@/lib/kindergarten/groups/enrolled";
import { PlaceWindows } from "./place-windows";
import { releasablePlaces } from "./release-rules";
import { OCCUPYING_STATUSES } from "./release-place";

/** Closed places (taken, enrolled, withdrawn) stay on the kindergarten's list this long. */
const CLOSED_VISIBLE_DAYS = 120;

// The kindergarten's places released to the queue: the open and taken ones, and those closed in the
// last months, newest first — each with its steps (the protocol events), its referrals and, while in
// priority access, until when.
export async function listKindergartenPlaces(organizationId: string, now: Date) {
  const since = new Date(now.getTime() - CLOSED_VISIBLE_DAYS * 86_400_000);
  const places = await prisma.place.findMany({
    where: {
      organizationId,
      OR: [{ status: { in: [...OCCUPYING_STATUSES] } }, { releasedAt: { gte: since } }],
    },
    include: {
      group: { select: { name: true } },
      protocolEvents: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, at: true, details: true },
      },
      referrals: {
        orderBy: { issuedAt: "asc" },
        select: {
          id: true,
          number: true,
          status: true,
          issuedAt: true,
          expiresAt: true,
          application: { select: { number: true } },
        },
      },
    },
    orderBy: [{ releasedAt: "desc" }, { id: "asc" }],
    take: 300,
  });
  const windows = new PlaceWindows(prisma);
  await windows.preload(places.filter((p) => p.status === "PRIORITY"));
  return Promise.all(places.map(async (p) => ({ ...p, ...(await windows.shownWindow(p, now)) })));
}

export type KindergartenPlace = Awaited<ReturnType<typeof listKindergartenPlaces>>[number];

// The kindergarten's active groups for the release form: cohort, language and how many places each may
// still release (capacity − children staying − places open or taken).
export async function releasableGroups(organizationId: string) {
  const [groups, staying, placed] = await Promise.all([
    prisma.group.findMany({
      where: { organizationId, archivedAt: null },
      select: {
        id: true,
        name: true,
        birthYearFrom: true,
        birthYearTo: true,
        language: true,
        capacity: true,
      },
      orderBy: [{ birthYearFrom: "desc" }, { name: "asc" }],
    }),
    enrolmentsByGroup(prisma, organizationId, { endsOn: null }),
    prisma.place.groupBy({
      by: ["groupId"],
      where: { organizationId, status: { in: [...OCCUPYING_STATUSES] } },
      _count: { _all: true },
    }),
  ]);
  const places = new Map(placed.map((p) => [p.groupId, p._count._all]));
  return groups.map((g) => {
    const _count = { enrolments: staying.get(g.id) ?? 0, places: places.get(g.id) ?? 0 };
    return { ...g, _count, free: releasablePlaces(g.capacity, _count.enrolments, _count.places) };
  });
}

// Everything the "Places released to the queue" page shows: the groups to release from, the places and
// the kindergarten's time zone (times are shown in it).
export async function kindergartenPlacesPage(organizationId: string, now: Date) {
  const [groups, places, org] = await Promise.all([
    releasableGroups(organizationId),
    listKindergartenPlaces(organizationId, now),
    prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { timeZone: true } }),
  ]);
  return { groups, places, timeZone: org.timeZone };
}
