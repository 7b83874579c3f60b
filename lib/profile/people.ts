import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { subtreeIds } from "@/lib/org/authority-overview";
import {
  categoryTree,
  flatten,
  isAuthorityKind,
  isOnline,
  maskPhone,
  ONLINE_WINDOW_MS,
  PEOPLE_PAGE_SIZE,
  rolesOf,
  searchWords,
  type CategoryNode,
  type CategorySpec,
  type PeopleQuery,
  type StaffScope,
} from "./people-rules";

// The People tab's data (SPEC §3.1; who may see it: the policy's profile.people.read — the organisation's
// own staff). A region has thousands of people: the tree's counts are one aggregate query per kind of
// person (staff, children, parents, everyone), the list a page of 50 with its count, both in SQL.

type Org = { id: string; kind: OrgKind };

/** Whose people a category reaches: the organisations of each staff scope, and where children are counted. */
export type PeopleScope = Record<StaffScope, string[]> & { children: string[] };

// The organisations of each scope: for an authority its own staff, the authorities below it and the other
// organisations below it (excluded subordinates and archived organisations left out); a kindergarten is
// its own everything.
export async function peopleScope(org: Org): Promise<PeopleScope> {
  if (!isAuthorityKind(org.kind)) return { own: [org.id], sub: [], org: [], children: [org.id] };
  const ids = (await subtreeIds(org.id)).filter((id) => id !== org.id);
  const below = await prisma.organization.findMany({
    where: { id: { in: ids }, archivedAt: null },
    select: { id: true, kind: true },
  });
  const orgs = below.filter((o) => !isAuthorityKind(o.kind)).map((o) => o.id);
  return {
    own: [org.id],
    sub: below.filter((o) => isAuthorityKind(o.kind)).map((o) => o.id),
    org: orgs,
    children: orgs,
  };
}

// The category tree of this organisation.
export function peopleTree(org: Org, scope: PeopleScope): CategoryNode[] {
  return categoryTree(org.kind, { authorities: scope.sub.length > 0, organizations: scope.org.length > 0 });
}

const currentEnrolment = (orgIds: string[], today: Date): Prisma.EnrolmentWhereInput => ({
  organizationId: { in: orgIds },
  startsOn: { lte: today },
  OR: [{ endsOn: null }, { endsOn: { gte: today } }],
});

// Who a category is, as a condition on Person.
function categoryWhere(
  spec: CategorySpec,
  org: Org,
  scope: PeopleScope,
  today: Date,
): Prisma.PersonWhereInput {
  switch (spec.kind) {
    case "staff": {
      const group = spec.group ? rolesOf(spec.scope, spec.group, org.kind) : null;
      const roles: Prisma.MembershipWhereInput = !group
        ? {}
        : group.withAdminRight
          ? { OR: [{ role: { in: group.roles } }, { isAdministrator: true }] }
          : { role: { in: group.roles } };
      return {
        memberships: {
          some: { organizationId: { in: scope[spec.scope] }, leftAt: null, excludedAt: null, ...roles },
        },
      };
    }
    case "children":
      return { enrolments: { some: currentEnrolment(scope.children, today) } };
    case "parents":
      return {
        representedChildren: {
          some: {
            status: "VERIFIED",
            child: { enrolments: { some: currentEnrolment(scope.children, today) } },
          },
        },
      };
    case "all":
      return {
        OR: (["own", "sub", "org"] as const)
          .filter((s) => scope[s].length > 0)
          .map((s) => categoryWhere({ kind: "staff", scope: s }, org, scope, today))
          .concat(
            scope.children.length > 0
              ? [
                  categoryWhere({ kind: "children" }, org, scope, today),
                  categoryWhere({ kind: "parents" }, org, scope, today),
                ]
              : [],
          ),
      };
  }
}

const ids = (list: string[]) => (list.length ? list : ["-"]);

// The number of people of every category of the tree, in four aggregate queries.
export async function categoryCounts(
  org: Org,
  scope: PeopleScope,
  tree: CategoryNode[],
  todayYmd: string,
): Promise<Record<string, number>> {
  const staffNodes = flatten(tree).filter((n) => n.spec.kind === "staff");
  const staffIds = ids([...scope.own, ...scope.sub, ...scope.org]);
  const filters = staffNodes.map((n, i) => {
    const spec = n.spec as Extract<CategorySpec, { kind: "staff" }>;
    const group = spec.group ? rolesOf(spec.scope, spec.group, org.kind) : null;
    const roleSql = !group
      ? Prisma.sql`TRUE`
      : group.withAdminRight
        ? Prisma.sql`(m.role::text = ANY(${group.roles}) OR m."isAdministrator")`
        : Prisma.sql`m.role::text = ANY(${group.roles})`;
    return Prisma.sql`COUNT(DISTINCT m."personId") FILTER (WHERE m."organizationId" = ANY(${ids(scope[spec.scope])}) AND ${roleSql}) AS ${Prisma.raw(`"c${i}"`)}`;
  });
  const current = (alias: string) =>
    Prisma.sql`${Prisma.raw(alias)}."organizationId" = ANY(${ids(scope.children)}) AND ${Prisma.raw(alias)}."startsOn" <= ${todayYmd}::date AND (${Prisma.raw(alias)}."endsOn" IS NULL OR ${Prisma.raw(alias)}."endsOn" >= ${todayYmd}::date)`;
  const activeStaff = Prisma.sql`m."organizationId" = ANY(${staffIds}) AND m."leftAt" IS NULL AND m."excludedAt" IS NULL`;
  const [staffRow, childRow, parentRow, allRow] = await Promise.all([
    filters.length
      ? prisma.$queryRaw<
          Record<string, bigint>[]
        >`SELECT ${Prisma.join(filters)} FROM "Membership" m WHERE ${activeStaff}`
      : Promise.resolve([{} as Record<string, bigint>]),
    prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT COUNT(DISTINCT e."childId") AS n FROM "Enrolment" e WHERE ${current("e")}`,
    prisma.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(DISTINCT lr."representativeId") AS n FROM "LegalRepresentative" lr
      JOIN "Enrolment" e ON e."childId" = lr."childId"
      WHERE lr.status = 'VERIFIED' AND ${current("e")}`,
    prisma.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(*) AS n FROM (
        SELECT m."personId" AS id FROM "Membership" m WHERE ${activeStaff}
        UNION SELECT e."childId" FROM "Enrolment" e WHERE ${current("e")}
        UNION SELECT lr."representativeId" FROM "LegalRepresentative" lr
          JOIN "Enrolment" e ON e."childId" = lr."childId" WHERE lr.status = 'VERIFIED' AND ${current("e")}
      ) everyone`,
  ]);
  const out: Record<string, number> = { all: Number(allRow[0]?.n ?? 0) };
  staffNodes.forEach((n, i) => (out[n.key] = Number(staffRow[0]?.[`c${i}`] ?? 0)));
  if (flatten(tree).some((n) => n.key === "children")) {
    out.children = Number(childRow[0]?.n ?? 0);
    out.parents = Number(parentRow[0]?.n ?? 0);
  }
  return out;
}

// One page of a category, with the name search and "only online now", and how many there are in all.
export async function peoplePage(
  org: Org,
  scope: PeopleScope,
  tree: CategoryNode[],
  query: PeopleQuery,
  now: Date,
  today: Date,
) {
  const node = flatten(tree).find((n) => n.key === query.category) ?? tree[0]!;
  const where: Prisma.PersonWhereInput = {
    AND: [
      categoryWhere(node.spec, org, scope, today),
      ...searchWords(query.q).map((w) => ({
        OR: (["lastName", "firstName", "middleName"] as const).map((f) => ({
          [f]: { contains: w, mode: "insensitive" as const },
        })),
      })),
      ...(query.online
        ? [{ user: { is: { lastSeenAt: { gte: new Date(now.getTime() - ONLINE_WINDOW_MS) } } } }]
        : []),
    ],
  };
  const staffIds = [...scope.own, ...scope.sub, ...scope.org];
  const [total, rows] = await Promise.all([
    prisma.person.count({ where }),
    prisma.person.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true,
        lastName: true,
        firstName: true,
        middleName: true,
        phone: true,
        user: { select: { registeredAt: true, lastSeenAt: true } },
        memberships: {
          where: { organizationId: { in: staffIds }, leftAt: null, excludedAt: null },
          select: {
            id: true,
            role: true,
            isAdministrator: true,
            organization: { select: { id: true, shortNameKk: true, shortNameRu: true } },
          },
        },
        enrolments: {
          where: currentEnrolment(scope.children, today),
          select: {
            id: true,
            group: { select: { name: true } },
            organization: { select: { id: true, shortNameKk: true, shortNameRu: true } },
          },
        },
        _count: {
          select: {
            representedChildren: {
              where: {
                status: "VERIFIED",
                child: { enrolments: { some: currentEnrolment(scope.children, today) } },
              },
            },
          },
        },
      },
    }),
  ]);
  return {
    category: node.key,
    total,
    people: rows.map((p) => ({
      id: p.id,
      lastName: p.lastName,
      firstName: p.firstName,
      middleName: p.middleName,
      // SPEC §6: only the code and the last digits; IINs and birth dates are never read here.
      phone: maskPhone(p.phone),
      registered: !!p.user?.registeredAt,
      online: isOnline(p.user?.lastSeenAt, now),
      own: p.memberships.some((m) => m.organization.id === org.id),
      memberships: p.memberships,
      enrolments: p.enrolments,
      children: p._count.representedChildren,
    })),
  };
}

export type PeopleRow = Awaited<ReturnType<typeof peoplePage>>["people"][number];
