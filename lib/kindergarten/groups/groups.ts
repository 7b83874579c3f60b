import "server-only";
import { prisma } from "@/lib/db/prisma";
import { kindergartenToday, enrolledOn, enrolmentsByGroup } from "./enrolled";

// The kindergarten's groups (active first, youngest cohort first) with stay mode, room and building,
// bound educators (read-only here) and the children enrolled today.
export async function listGroups(organizationId: string, now: Date) {
  const today = await kindergartenToday(prisma, organizationId, now);
  const [groups, counts] = await Promise.all([
    prisma.group.findMany({
      where: { organizationId },
      include: {
        stayMode: true,
        room: { include: { building: true } },
        educators: {
          include: { person: { select: { lastName: true, firstName: true, middleName: true } } },
          orderBy: { createdAt: "asc" },
        },
      },
      orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { birthYearFrom: "desc" }, { name: "asc" }],
    }),
    enrolmentsByGroup(prisma, organizationId, enrolledOn(today.date)),
  ]);
  return groups.map((g) => ({ ...g, _count: { enrolments: counts.get(g.id) ?? 0 } }));
}

// One group of the kindergarten for its edit page, or null when it is not this kindergarten's.
export async function findGroup(organizationId: string, groupId: string) {
  return prisma.group.findFirst({ where: { id: groupId, organizationId } });
}

// What a group's selects offer: active stay modes and rooms (of active buildings), plus the
// group's own current ones even when archived, so an edit doesn't force a change.
export async function groupFormOptions(
  organizationId: string,
  current?: { stayModeId: string | null; roomId: string | null },
) {
  const [stayModes, rooms] = await Promise.all([
    prisma.stayMode.findMany({
      where: { organizationId, OR: [{ archivedAt: null }, { id: current?.stayModeId ?? "" }] },
      orderBy: { hours: "asc" },
    }),
    prisma.room.findMany({
      where: {
        building: { organizationId },
        OR: [{ archivedAt: null, building: { archivedAt: null } }, { id: current?.roomId ?? "" }],
      },
      include: { building: true },
      orderBy: [{ building: { createdAt: "asc" } }, { name: "asc" }],
    }),
  ]);
  return { stayModes, rooms };
}
