import "server-only";
import { enrolledOn, enrolmentsByGroup } from "@/lib/kindergarten/groups/enrolled";
import { prisma } from "@/lib/db/prisma";
import { dbDateToYmd, ymdToDbDate } from "@/lib/calendar/db-date";
import { localDate } from "@/lib/calendar/zone";
import { personName } from "@/lib/org/names";
import { latestPerChild, statusOn, type ContingentStatus } from "./rules";
import type { ListFilter } from "./schemas";

const collator = new Intl.Collator("kk");

// Today in the kindergarten's own time zone ("YYYY-MM-DD").
export async function kindergartenToday(organizationId: string, now: Date): Promise<string> {
  const org = await prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { timeZone: true },
  });
  return localDate(now, org.timeZone);
}

// The kindergarten's groups that take children, with how many children each holds today and its capacity.
export async function contingentGroups(organizationId: string, today: string) {
  const day = ymdToDbDate(today);
  const [groups, counts] = await Promise.all([
    prisma.group.findMany({
      where: { organizationId, archivedAt: null },
      orderBy: [{ birthYearFrom: "desc" }, { name: "asc" }],
      select: { id: true, name: true, capacity: true, birthYearFrom: true, birthYearTo: true },
    }),
    enrolmentsByGroup(prisma, organizationId, enrolledOn(day)),
  ]);
  return groups.map((g) => ({ ...g, _count: { enrolments: counts.get(g.id) ?? 0 } }));
}

/** One child of the list: their latest enrolment here, its status today, and the representatives. */
export type ContingentRow = Awaited<ReturnType<typeof listContingent>>[number];

/** Children a page of the contingent list shows. */
export const CONTINGENT_PAGE = 100;

// The kindergarten's children by their latest enrolment here (a transfer within the kindergarten does not
// list a child twice), filtered by that enrolment's group, by status ("current" = in a group today or
// enrolled from a later day; "left" = the last day has passed) and by a name or IIN fragment; without
// their representatives (read for the shown page only).
async function selectContingent(organizationId: string, filter: ListFilter, today: string) {
  const rows = await prisma.enrolment.findMany({
    where: { organizationId },
    select: {
      id: true,
      childId: true,
      groupId: true,
      orderNumber: true,
      orderDate: true,
      startsOn: true,
      endsOn: true,
      endKind: true,
      group: { select: { name: true } },
      child: { select: { lastName: true, firstName: true, middleName: true, iin: true, birthDate: true } },
    },
  });
  const q = filter.q?.toLocaleLowerCase("ru");
  return latestPerChild(
    rows.map((r) => ({
      ...r,
      startsOn: dbDateToYmd(r.startsOn),
      endsOn: r.endsOn ? dbDateToYmd(r.endsOn) : null,
    })),
  )
    .map((r) => ({ ...r, status: statusOn(r, today) as ContingentStatus, name: personName(r.child) }))
    .filter(
      (r) =>
        filter.status === "all" || (filter.status === "left" ? r.status === "left" : r.status !== "left"),
    )
    .filter((r) => !filter.group || r.groupId === filter.group)
    .filter(
      (r) => !q || r.name.toLocaleLowerCase("ru").includes(q) || (!!r.child.iin && r.child.iin.startsWith(q)),
    )
    .sort((a, b) => collator.compare(a.name, b.name));
}

// The rows with their children's legal representatives.
async function withRepresentatives<R extends { childId: string; child: object }>(rows: R[]) {
  const reps = await prisma.legalRepresentative.findMany({
    // A claim waiting for the district officer (a guardian's document) is not a representative yet.
    where: { childId: { in: rows.map((r) => r.childId) }, status: "VERIFIED" },
    orderBy: { createdAt: "asc" },
    select: {
      childId: true,
      relation: true,
      contactPhone: true,
      representative: {
        select: { id: true, lastName: true, firstName: true, middleName: true, phone: true },
      },
    },
  });
  return rows.map((r) => ({
    ...r,
    child: { ...r.child, representatives: reps.filter((l) => l.childId === r.childId) },
  }));
}

// The whole filtered list, with representatives (see selectContingent).
export async function listContingent(organizationId: string, filter: ListFilter, today: string) {
  return withRepresentatives(await selectContingent(organizationId, filter, today));
}

// One page (1-based, clamped to the last) of the filtered list and how many children it holds in all.
export async function contingentPage(
  organizationId: string,
  filter: ListFilter,
  today: string,
  page: number,
  size = CONTINGENT_PAGE,
) {
  const all = await selectContingent(organizationId, filter, today);
  const pages = Math.max(1, Math.ceil(all.length / size));
  const shown = Math.min(Math.max(1, page), pages);
  return {
    total: all.length,
    page: shown,
    pages,
    rows: await withRepresentatives(all.slice((shown - 1) * size, shown * size)),
  };
}
