import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import type { ProfileView } from "./visibility";

// The Profile tab (SPEC §3.1): news (newest first), the message wall, the interactive pages, the leaders
// and administrators, quick links to the latest documents. What the view hides is not even read.

export const NEWS_SHOWN = 10;
export const WALL_SHOWN = 30;
export const QUICK_DOCUMENTS = 5;

/** Leaders and administrators, in this order. */
export const LEADER_ROLES: MemberRole[] = [
  "AUTHORITY_HEAD",
  "KG_DIRECTOR",
  "AUTHORITY_DEPUTY",
  "KG_DEPUTY",
  "AUTHORITY_ADMIN",
  "KG_ADMIN",
];

const personName = { select: { id: true, lastName: true, firstName: true, middleName: true } } as const;

// The organisation's current leaders and administrators (a role of theirs, or the administrator right),
// one line per person, leaders first.
export async function leadersAndAdministrators(organizationId: string) {
  const rows = await prisma.membership.findMany({
    where: {
      organizationId,
      leftAt: null,
      excludedAt: null,
      OR: [{ role: { in: LEADER_ROLES } }, { isAdministrator: true }],
    },
    select: { id: true, role: true, positionTitle: true, isAdministrator: true, person: personName },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
  });
  const rank = (role: MemberRole) => {
    const i = LEADER_ROLES.indexOf(role);
    return i < 0 ? LEADER_ROLES.length : i;
  };
  const byPerson = new Map<string, (typeof rows)[number]>();
  for (const r of [...rows].sort((a, b) => rank(a.role) - rank(b.role)))
    if (!byPerson.has(r.person.id)) byPerson.set(r.person.id, r);
  return [...byPerson.values()];
}

// Everything the Profile tab shows for this view of the organisation.
export async function profileTab(organizationId: string, view: ProfileView, now: Date) {
  const [news, wall, pages, leaders, documents] = await Promise.all([
    prisma.newsItem.findMany({
      where: { organizationId, publishedAt: { lte: now } },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: NEWS_SHOWN,
    }),
    prisma.wallPost.findMany({
      where: { organizationId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: WALL_SHOWN,
      select: { id: true, body: true, createdAt: true, author: personName },
    }),
    view.pages
      ? prisma.orgPage.findMany({
          where: { organizationId },
          orderBy: { title: "asc" },
          select: { id: true, slug: true, title: true },
        })
      : [],
    leadersAndAdministrators(organizationId),
    view.documents.read
      ? prisma.document.findMany({
          where: { organizationId },
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          take: QUICK_DOCUMENTS,
          select: {
            id: true,
            title: true,
            createdAt: true,
            file: { select: { fileName: true, size: true } },
          },
        })
      : [],
  ]);
  return { news, wall, pages, leaders, documents };
}

// An interactive page of the organisation, or null (also while the view hides pages).
export async function orgPage(organizationId: string, pageSlug: string, view: ProfileView) {
  if (!view.pages || pageSlug.length > 100) return null;
  return prisma.orgPage.findUnique({ where: { organizationId_slug: { organizationId, slug: pageSlug } } });
}
