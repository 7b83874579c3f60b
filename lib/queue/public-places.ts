import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import type { GroupLanguage } from "@/lib/generated/prisma/enums";
import { PlaceWindows } from "@/lib/queue/places/place-windows";
import { isStopListed } from "@/lib/queue/places/referral-rules";

/** The registry's filters (all optional): district (territory code), kindergarten, cohort, language. */
export type RegistryFilter = {
  district?: string | null;
  organizationId?: string | null;
  birthYear?: number | null;
  language?: GroupLanguage | null;
};

// Places open now (priority or general access) with the filters, for the public registry: general
// access first, then by birth year; a priority place says until when its priority access lasts, and one
// that waits (released in August, or ahead of the summer dates) from when it is offered.
export async function openPlaces(f: RegistryFilter, now: Date, page = { skip: 0, take: PLACES_PAGE }) {
  const where = {
    status: { in: ["PRIORITY" as const, "GENERAL" as const] },
    ...(f.organizationId ? { organizationId: f.organizationId } : {}),
    ...(f.district ? { organization: { territory: { code: f.district } } } : {}),
    ...(f.birthYear ? { birthYear: f.birthYear } : {}),
    ...(f.language ? { language: f.language } : {}),
  };
  const [places, total] = await Promise.all([
    prisma.place.findMany({
      where,
      include: {
        organization: {
          select: {
            id: true,
            slug: true,
            shortNameKk: true,
            shortNameRu: true,
            timeZone: true,
            territoryId: true,
            territory: true,
          },
        },
        group: { select: { name: true } },
      },
      orderBy: [{ status: "asc" }, { birthYear: "desc" }, { releasedAt: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
    }),
    prisma.place.count({ where }),
  ]);
  const windows = new PlaceWindows(prisma);
  await windows.preload(places.filter((p) => p.status === "PRIORITY"));
  const rows = await Promise.all(places.map(async (p) => ({ ...p, ...(await windows.shownWindow(p, now)) })));
  return { rows, total };
}

/** Places a page of the registry shows. */
export const PLACES_PAGE = 50;

export type RegistryPlace = Awaited<ReturnType<typeof openPlaces>>["rows"][number];

// What the registry's filters offer: districts, the kindergartens (of the chosen district) and cohorts.
export async function registryChoices(district: string | null) {
  const [districts, kindergartens, years] = await Promise.all([
    prisma.territory.findMany({
      where: { kind: { in: ["DISTRICT", "CITY"] } },
      orderBy: [{ sortOrder: "asc" }, { nameKk: "asc" }],
    }),
    prisma.organization.findMany({
      where: {
        kind: "KINDERGARTEN",
        archivedAt: null,
        ...(district ? { territory: { code: district } } : {}),
      },
      select: { id: true, shortNameKk: true, shortNameRu: true },
      orderBy: { shortNameKk: "asc" },
    }),
    prisma.place.findMany({
      where: { status: { in: ["PRIORITY", "GENERAL"] } },
      distinct: ["birthYear"],
      select: { birthYear: true },
      orderBy: { birthYear: "desc" },
    }),
  ]);
  return { districts, kindergartens, birthYears: years.map((y) => y.birthYear) };
}

// The signed-in parent's applications that may take a general-access place now: WAITING, not on the
// stop list, of the children they represent (the registry shows "Take this place" where one fits).
export async function claimableApplications(actor: Actor | null, now: Date) {
  if (!actor || actor.audience !== "parent" || actor.representedChildIds.length === 0) return [];
  const apps = await prisma.queueApplication.findMany({
    where: { childId: { in: actor.representedChildIds }, status: "WAITING" },
    select: {
      id: true,
      number: true,
      birthYear: true,
      territoryId: true,
      stopListUntil: true,
      child: { select: { lastName: true, firstName: true } },
    },
    orderBy: { submittedAt: "asc" },
  });
  return apps.filter((a) => !isStopListed(a.stopListUntil, now));
}

export type ClaimableApplication = Awaited<ReturnType<typeof claimableApplications>>[number];
