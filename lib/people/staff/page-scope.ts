import "server-only";
import { notFound } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { requireOrgAdminPage } from "@/lib/org/settings/admin-page";
import { rolesFor } from "./roles";

const ORG_SELECT = {
  id: true,
  slug: true,
  kind: true,
  shortNameKk: true,
  shortNameRu: true,
  fullNameKk: true,
  fullNameRu: true,
  timeZone: true,
} as const;

/** Where the people pages render: who looks, whose people, and the path the pages link under. */
export type PeopleScope = {
  actor: Actor;
  org: {
    id: string;
    slug: string;
    kind: OrgKind;
    shortNameKk: string;
    shortNameRu: string;
    fullNameKk: string;
    fullNameRu: string;
    timeZone: string;
  };
  /** "/kindergarten/staff" or "/org/{slug}/admin/people" (without the locale). */
  base: string;
};

// The kindergarten area's "Staff": the kindergarten the actor manages (its managers only).
export async function kindergartenPeopleScope(locale: Locale): Promise<PeopleScope> {
  const kg = await requireKindergartenManagerPage(locale);
  const org = await prisma.organization.findUniqueOrThrow({
    where: { id: kg.organizationId },
    select: ORG_SELECT,
  });
  return { actor: kg.actor, org, base: "/kindergarten/staff" };
}

// The organisation's administration "People" (an authority's or a kindergarten's administrators: the
// policy's org.administer); 404 for an unknown organisation or a kind without people.
export async function orgPeopleScope(locale: Locale, slug: string): Promise<PeopleScope> {
  const { actor, org } = await requireOrgAdminPage(locale, slug);
  if (rolesFor(org.kind).length === 0) notFound();
  return {
    actor,
    org: {
      id: org.id,
      slug: org.slug,
      kind: org.kind,
      shortNameKk: org.shortNameKk,
      shortNameRu: org.shortNameRu,
      fullNameKk: org.fullNameKk,
      fullNameRu: org.fullNameRu,
      timeZone: org.timeZone,
    },
    base: `/org/${org.slug}/admin/people`,
  };
}
