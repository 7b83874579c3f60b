import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { AudienceSpec } from "./audiences";

// Recipients are resolved in the database at publication, in one statement: a recursive walk down the
// subordination tree from the author (UNION, so even a cycle ends; excluded subordinates and their subtrees left out, as
// lib/org/authority-overview.ts subtreeIds), then each chosen audience as a SELECT over current
// memberships (leftAt and excludedAt empty) or, for parents, over the verified legal representatives of
// the children whose enrolment covers the publication day. A person reached several ways — a parent of
// children in two kindergartens, an educator who is also a parent — gets one row: staff before parent,
// then the organisation's id, so the choice is deterministic. The author is never their own recipient.
// Publishing inserts the rows with INSERT … SELECT … ON CONFLICT DO NOTHING (no loop of inserts); the
// review step counts the same rows. The demo seed (prisma/seed/announcements.ts) uses the same statement.

type Db = Prisma.TransactionClient | PrismaClient;

/** Whose audience, on which day: the author organisation and person, and the publication day (YYYY-MM-DD,
 * in the author organisation's time zone). */
export type Publication = { organizationId: string; authorId: string; day: string };

// The recipients' rows ("personId", "organizationId", via) as a WITH query's tail.
function recipientsSql(p: Publication, spec: AudienceSpec): Prisma.Sql {
  const chosen = spec.orgIds;
  const live = Prisma.sql`m."leftAt" IS NULL AND m."excludedAt" IS NULL`;
  const branches: Prisma.Sql[] = [];
  if (spec.ownRoles.length)
    branches.push(Prisma.sql`
      SELECT m."personId", m."organizationId", 'staff' AS via FROM "Membership" m
      WHERE m."organizationId" = ${p.organizationId} AND ${live} AND m.role::text = ANY(${spec.ownRoles}::text[])`);
  if (spec.network)
    branches.push(Prisma.sql`
      SELECT m."personId", m."organizationId", 'staff' FROM "Membership" m JOIN tree t ON t.id = m."organizationId"
      WHERE ${live}`);
  if (spec.subordinateRoles.length)
    branches.push(Prisma.sql`
      SELECT m."personId", m."organizationId", 'staff' FROM "Membership" m JOIN below b ON b.id = m."organizationId"
      WHERE ${live} AND m.role::text = ANY(${spec.subordinateRoles}::text[])`);
  if (spec.kindergartenEmployees)
    branches.push(Prisma.sql`
      SELECT m."personId", m."organizationId", 'staff' FROM "Membership" m JOIN kgs k ON k.id = m."organizationId"
      WHERE ${live}`);
  if (spec.kindergartenParents)
    branches.push(Prisma.sql`
      SELECT lr."representativeId", e."organizationId", 'parent'
      FROM "Enrolment" e
      JOIN kgs k ON k.id = e."organizationId"
      JOIN "LegalRepresentative" lr ON lr."childId" = e."childId" AND lr.status = 'VERIFIED'
      WHERE e."startsOn" <= ${p.day}::date AND (e."endsOn" IS NULL OR e."endsOn" >= ${p.day}::date)`);
  if (branches.length === 0) branches.push(Prisma.sql`SELECT NULL::text, NULL::text, NULL::text WHERE FALSE`);
  return Prisma.sql`
    WITH RECURSIVE tree (id, kind) AS (
      SELECT o.id, o.kind FROM "Organization" o WHERE o.id = ${p.organizationId}
      UNION
      SELECT o.id, o.kind FROM "Organization" o JOIN tree t ON o."parentId" = t.id
      WHERE o."subordinationExcludedAt" IS NULL
    ),
    picked (id) AS (
      SELECT o.id FROM "Organization" o WHERE o.id = ANY(${chosen}::text[])
      UNION
      SELECT o.id FROM "Organization" o JOIN picked p ON o."parentId" = p.id
      WHERE o."subordinationExcludedAt" IS NULL
    ),
    below AS (
      SELECT t.id, t.kind FROM tree t
      WHERE t.id <> ${p.organizationId}
        AND (cardinality(${chosen}::text[]) = 0 OR t.id IN (SELECT id FROM picked))
    ),
    kgs AS (
      SELECT id FROM below WHERE kind = 'KINDERGARTEN'
      UNION
      SELECT id FROM tree WHERE id = ${p.organizationId} AND kind = 'KINDERGARTEN'
    ),
    reached ("personId", "organizationId", via) AS (${Prisma.join(branches, " UNION ALL ")}),
    recipients AS (
      SELECT DISTINCT ON ("personId") "personId", "organizationId", via FROM reached
      WHERE "personId" <> ${p.authorId}
      ORDER BY "personId", (via = 'parent'), "organizationId"
    )`;
}

/** How many people an audience reaches: in all, as staff, as parents. */
export type Reach = { total: number; staff: number; parents: number };

// Counts whom the audience would reach now (the review step), with the statement publishing uses.
export async function countReach(db: Db, p: Publication, spec: AudienceSpec): Promise<Reach> {
  const [row] = await db.$queryRaw<{ total: number; staff: number; parents: number }[]>`
    ${recipientsSql(p, spec)}
    SELECT count(*)::int AS total,
           (count(*) FILTER (WHERE via = 'staff'))::int AS staff,
           (count(*) FILTER (WHERE via = 'parent'))::int AS parents
    FROM recipients`;
  return row ?? { total: 0, staff: 0, parents: 0 };
}

// Stores the announcement's recipients in one INSERT … SELECT; returns how many rows were inserted.
export async function insertRecipients(
  db: Db,
  announcementId: string,
  p: Publication,
  spec: AudienceSpec,
): Promise<number> {
  return db.$executeRaw`
    ${recipientsSql(p, spec)}
    INSERT INTO "AnnouncementRecipient" ("announcementId", "personId", "organizationId", via)
    SELECT ${announcementId}, "personId", "organizationId", via FROM recipients
    ON CONFLICT DO NOTHING`;
}

// The chosen organisations that are not under the author (an excluded one, another authority's, the
// author itself): the publication is refused when any is.
export async function orgsOutsideTree(db: Db, organizationId: string, orgIds: string[]): Promise<string[]> {
  if (orgIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree (id) AS (
      SELECT o.id FROM "Organization" o WHERE o."parentId" = ${organizationId} AND o."subordinationExcludedAt" IS NULL
      UNION
      SELECT o.id FROM "Organization" o JOIN tree t ON o."parentId" = t.id
      WHERE o."subordinationExcludedAt" IS NULL
    )
    SELECT id FROM tree WHERE id = ANY(${orgIds}::text[])`;
  const inside = new Set(rows.map((r) => r.id));
  return orgIds.filter((id) => !inside.has(id));
}
