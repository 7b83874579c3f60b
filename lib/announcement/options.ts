import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { OrgKind } from "@/lib/generated/prisma/enums";

/** An organisation under an authority, for the wizard's choice (tree order, depth 1 = direct subordinate). */
export type SubordinateOption = {
  id: string;
  shortNameKk: string;
  shortNameRu: string;
  kind: OrgKind;
  depth: number;
};

// The organisations under an authority (excluded ones and their subtrees left out), depth first: at each
// level the authorities, then the kindergartens, by name.
export async function subordinateOptions(authorityId: string): Promise<SubordinateOption[]> {
  return prisma.$queryRaw<SubordinateOption[]>`
    WITH RECURSIVE tree AS (
      SELECT o.id, o."shortNameKk", o."shortNameRu", o.kind, 1 AS depth,
             ARRAY[(CASE WHEN o.kind = 'KINDERGARTEN' THEN '1' ELSE '0' END) || o."shortNameKk" || o.id] AS path
      FROM "Organization" o
      WHERE o."parentId" = ${authorityId} AND o."subordinationExcludedAt" IS NULL AND o.id <> ${authorityId}
      UNION ALL
      SELECT c.id, c."shortNameKk", c."shortNameRu", c.kind, t.depth + 1,
             t.path || ((CASE WHEN c.kind = 'KINDERGARTEN' THEN '1' ELSE '0' END) || c."shortNameKk" || c.id)
      FROM "Organization" c JOIN tree t ON c."parentId" = t.id
      WHERE c."subordinationExcludedAt" IS NULL AND t.depth < 10
    )
    SELECT id, "shortNameKk", "shortNameRu", kind, depth FROM tree ORDER BY path`;
}
