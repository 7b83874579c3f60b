import type { OrgKind } from "@/lib/generated/prisma/enums";

// The types of organisations an authority may have below it, grouped by organisational type (seed 002,
// "Типы подведомственных ОО": choosing an organisational type ticks all its types; single types can be
// unticked). Pure. A type is Organization.orgType; its organisational type is Organization.kind.

export const SUBORDINATE_CATALOGUE: { kind: OrgKind; types: string[] }[] = [
  { kind: "DISTRICT_AUTHORITY", types: ["district_education_department", "city_education_department"] },
  { kind: "KINDERGARTEN", types: ["state_kindergarten", "private_kindergarten", "mini_centre"] },
  { kind: "SCHOOL", types: ["school_with_mini_centre", "school_preschool_classes"] },
  { kind: "OTHER", types: ["supplementary_education", "special_education_centre"] },
];

// The organisational types an authority of a kind may have below it: a region's departments have the
// district departments too; a district's do not; a kindergarten has no subordinates.
export function catalogueFor(kind: OrgKind): { kind: OrgKind; types: string[] }[] {
  if (kind === "REGION_AUTHORITY") return SUBORDINATE_CATALOGUE;
  if (kind === "DISTRICT_AUTHORITY")
    return SUBORDINATE_CATALOGUE.filter((g) => g.kind !== "DISTRICT_AUTHORITY");
  return [];
}

// The types of a list that the catalogue does not offer to this authority (refused), or [].
export function unknownTypes(kind: OrgKind, types: string[]): string[] {
  const offered = new Set(catalogueFor(kind).flatMap((g) => g.types));
  return types.filter((t) => !offered.has(t));
}

// The state of an organisational type's box from its types' boxes: all, none or some (indeterminate).
export function groupState(types: string[], chosen: ReadonlySet<string>): "all" | "none" | "some" {
  const n = types.filter((t) => chosen.has(t)).length;
  return n === 0 ? "none" : n === types.length ? "all" : "some";
}
