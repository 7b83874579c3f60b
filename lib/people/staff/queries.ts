import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { localDate } from "@/lib/calendar/zone";
import { rolesFor, type StaffRole } from "./roles";
import { signInStatus } from "./rules";

const USER_SELECT = {
  login: true,
  passwordHash: true,
  mustChangePassword: true,
  registeredAt: true,
} as const;

// What a page may know about an account: never the password hash.
function account(
  user: {
    login: string | null;
    passwordHash: string | null;
    mustChangePassword: boolean;
    registeredAt: Date | null;
  } | null,
) {
  const safe = user
    ? {
        login: user.login,
        hasPassword: !!user.passwordHash,
        mustChangePassword: user.mustChangePassword,
        registeredAt: user.registeredAt,
      }
    : null;
  return { login: safe?.login ?? null, registeredAt: safe?.registeredAt ?? null, status: signInStatus(safe) };
}

/** The list's filters: the tab, a part of the name, a role, users (registered) or persons (not yet). */
export type PeopleFilter = {
  archive: boolean;
  query?: string;
  role?: StaffRole;
  registered?: boolean;
};

// The organisation's people (current, or the archive of ended and excluded employments) in the roles of its
// kind, by name, filtered by a part of the name, a role and whether they registered (User.registeredAt: a
// "user", else a "person"); with each one's unit, groups here (a kindergarten's educators) and sign-in status.
export async function listStaff(organizationId: string, kind: OrgKind, filter: PeopleFilter) {
  const ended: Prisma.MembershipWhereInput = {
    OR: [{ leftAt: { not: null } }, { excludedAt: { not: null } }],
  };
  const words = (filter.query ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 3);
  const roles = rolesFor(kind).filter((r) => !filter.role || r === filter.role);
  const registered: Prisma.PersonWhereInput[] =
    filter.registered === undefined
      ? []
      : filter.registered
        ? [{ user: { is: { registeredAt: { not: null } } } }]
        : [{ OR: [{ user: { is: null } }, { user: { is: { registeredAt: null } } }] }];
  const rows = await prisma.membership.findMany({
    where: {
      organizationId,
      role: { in: [...roles] },
      ...(filter.archive ? ended : { leftAt: null, excludedAt: null }),
      AND: [
        ...words.map((w) => ({
          person: {
            OR: ["lastName", "firstName", "middleName"].map((f) => ({
              [f]: { contains: w, mode: "insensitive" },
            })),
          },
        })),
        ...registered.map((person) => ({ person })),
      ],
    },
    include: {
      unit: { select: { id: true, nameKk: true, nameRu: true } },
      person: {
        include: {
          user: { select: USER_SELECT },
          groupEducators: {
            where: { group: { organizationId, archivedAt: null } },
            select: { group: { select: { id: true, name: true } } },
          },
        },
      },
    },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }, { role: "asc" }],
  });
  return rows.map(({ person: { user, groupEducators, ...person }, ...m }) => ({
    ...m,
    person,
    account: account(user),
    groups: groupEducators.map((g) => g.group),
  }));
}

// One member of this organisation for their page (null for anyone else's or a wrong id).
export async function findStaffMember(organizationId: string, membershipId: string) {
  const m = await prisma.membership.findFirst({
    where: { id: membershipId, organizationId },
    include: {
      person: {
        include: {
          user: { select: USER_SELECT },
          groupEducators: { where: { group: { organizationId } }, select: { groupId: true } },
        },
      },
      organization: {
        select: {
          kind: true,
          shortNameKk: true,
          shortNameRu: true,
          fullNameKk: true,
          fullNameRu: true,
          timeZone: true,
        },
      },
    },
  });
  if (!m || !rolesFor(m.organization.kind).includes(m.role as StaffRole)) return null;
  const {
    person: { user, groupEducators, ...person },
    ...rest
  } = m;
  const elsewhere = await prisma.membership.count({
    where: { personId: person.id, organizationId: { not: organizationId }, leftAt: null, excludedAt: null },
  });
  return {
    ...rest,
    person,
    account: account(user),
    groupIds: groupEducators.map((g) => g.groupId),
    worksElsewhere: elsewhere > 0,
  };
}

// The groups an educator can be bound to: this kindergarten's groups that are not archived.
export async function listBindableGroups(organizationId: string) {
  return prisma.group.findMany({
    where: { organizationId, archivedAt: null },
    select: { id: true, name: true, birthYearFrom: true, birthYearTo: true, language: true },
    orderBy: [{ birthYearFrom: "desc" }, { name: "asc" }],
  });
}

// Today in the organisation's time zone (YYYY-MM-DD), for date defaults on the forms.
export async function organizationToday(organizationId: string, now: Date): Promise<string> {
  const org = await prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { timeZone: true },
  });
  return localDate(now, org.timeZone);
}
