import "server-only";
import { prisma } from "@/lib/db/prisma";
import { orgShortName } from "@/lib/org/names";

// The names of the subordinate organisations an announcement was narrowed to, in the page's language.
export async function chosenOrgNames(ids: string[], locale: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const orgs = await prisma.organization.findMany({
    where: { id: { in: ids } },
    select: { shortNameKk: true, shortNameRu: true },
    orderBy: { shortNameKk: "asc" },
  });
  return orgs.map((o) => orgShortName(o, locale));
}
