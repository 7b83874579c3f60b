// The registry's filters from the address (pure): bad values are ignored, never an error.
import type { GroupLanguage } from "@/lib/generated/prisma/enums";

export type RegistrySearch = { district?: string; kg?: string; year?: string; lang?: string };
export type ParsedRegistryFilter = {
  district: string | null;
  organizationId: string | null;
  birthYear: number | null;
  language: GroupLanguage | null;
};

const LANGUAGES: GroupLanguage[] = ["KK", "RU", "MIXED"];

// The filter: an explicit ?district= wins (empty = all districts), otherwise the visitor's chosen district.
export function parseRegistryFilter(q: RegistrySearch, chosenDistrict: string | null): ParsedRegistryFilter {
  const district =
    q.district !== undefined ? (/^[a-z0-9-]{1,40}$/.test(q.district) ? q.district : null) : chosenDistrict;
  const year = Number(q.year);
  return {
    district,
    organizationId: q.kg && /^[A-Za-z0-9_-]{1,40}$/.test(q.kg) ? q.kg : null,
    birthYear: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null,
    language: LANGUAGES.includes(q.lang as GroupLanguage) ? (q.lang as GroupLanguage) : null,
  };
}
