import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { KG_STAFF_ROLES } from "./roles";
import { signInStatus } from "./rules";
import { localDate } from "@/lib/calendar/zone";

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

// The kindergarten's staff (current, or the archive of ended employments), by name, optionally
// filtered by a part of the name; with each person's groups here and their sign-in status.
export async function listStaff(organizationId: string, opts: { archive: boolean; query?: string }) {
  const ended: Prisma.MembershipWhereInput = {
    OR: [{ leftAt: { not: null } }, { excludedAt: { not: null } }],
  };
  const words = (opts.query ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 3);
  const rows = await prisma.membership.findMany({
    where: {
      organizationId,
      role: { in: [...KG_STAFF_ROLES] },
      ...(opts.archive ? ended : { leftAt: null, excludedAt: null }),
      AND: words.map((w) => ({
        person: {
          OR: ["lastName", "firstName", "middleName"].map((f) => ({
            [f]: { contains: w, mode: "insensitive" },
          })),
        },
      })),
    },
    include: {
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

// One staff member of this kindergarten for their page (null for anyone else's or a wrong id).
export async function findStaffMember(organizationId: string, membershipId: string) {
  const m = await prisma.membership.findFirst({
    where: { id: membershipId, organizationId, role: { in: [...KG_STAFF_ROLES] } },
    include: {
      person: {
        include: {
          user: { select: USER_SELECT },
          groupEducators: { where: { group: { organizationId } }, select: { groupId: true } },
        },
      },
      organization: {
        select: { shortNameKk: true, shortNameRu: true, fullNameKk: true, fullNameRu: true, timeZone: true },
      },
    },
  });
  if (!m) return null;
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

// Today in the kindergarten's time zone (YYYY-MM-DD), for date defaults on the staff forms.
export async function kindergartenToday(organizationId: string, now: Date): Promise<string> {
  const org = await prisma.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { timeZone: true },
  });
  return localDate(now, org.timeZone);
}
