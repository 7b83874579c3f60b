import type { MemberRole, OrgKind } from "@/lib/generated/prisma/enums";

// The People tab's categories (SPEC §3.1, seed 001 figure 3), pure. An authority: its own staff (heads,
// deputies, administrators, employees), the staff of the authorities below it and of the educational
// organisations below it (directors, deputies, administrators, educators, other staff), the children
// enrolled there today and their parents. A kindergarten: its own staff by role, its children, their parents.
// "All" is everyone of those. Registered users are highlighted, persons who have not registered greyed;
// "online now" is a request within the last 5 minutes; phones are masked (SPEC §6), IINs never shown.

export const PEOPLE_PAGE_SIZE = 50;
export const ONLINE_WINDOW_MS = 5 * 60_000;

/** Whose staff a category is about: the organisation's own, the authorities below it, the organisations below it. */
export type StaffScope = "own" | "sub" | "org";
export type RoleGroup = "heads" | "deputies" | "admins" | "educators" | "others";

export type CategorySpec =
  | { kind: "all" }
  | { kind: "staff"; scope: StaffScope; group?: RoleGroup }
  | { kind: "children" }
  | { kind: "parents" };

export type CategoryNode = { key: string; spec: CategorySpec; children?: CategoryNode[] };

const AUTHORITY_KINDS: OrgKind[] = ["REGION_AUTHORITY", "DISTRICT_AUTHORITY"];
export const isAuthorityKind = (k: OrgKind) => AUTHORITY_KINDS.includes(k);

const AUTHORITY_GROUPS: Record<RoleGroup, MemberRole[]> = {
  heads: ["AUTHORITY_HEAD"],
  deputies: ["AUTHORITY_DEPUTY"],
  admins: ["AUTHORITY_ADMIN"],
  educators: [],
  others: ["AUTHORITY_EMPLOYEE"],
};
const ORG_GROUPS: Record<RoleGroup, MemberRole[]> = {
  heads: ["KG_DIRECTOR"],
  deputies: ["KG_DEPUTY"],
  admins: ["KG_ADMIN"],
  educators: ["EDUCATOR", "ASSISTANT_EDUCATOR", "METHODOLOGIST", "MUSIC_TEACHER"],
  others: ["NURSE", "OTHER_STAFF"],
};

// The roles of a group in a scope (administrators also count those given the right: `withAdminRight`).
export function rolesOf(
  scope: StaffScope,
  group: RoleGroup,
  ownKind: OrgKind,
): { roles: MemberRole[]; withAdminRight: boolean } {
  const authority = scope === "sub" || (scope === "own" && isAuthorityKind(ownKind));
  return { roles: (authority ? AUTHORITY_GROUPS : ORG_GROUPS)[group], withAdminRight: group === "admins" };
}

const staffNode = (scope: StaffScope, groups: RoleGroup[]): CategoryNode => ({
  key: scope,
  spec: { kind: "staff", scope },
  children: groups.map((g) => ({ key: `${scope}.${g}`, spec: { kind: "staff", scope, group: g } })),
});

// The tree on the left: what the organisation has below it decides which branches there are.
export function categoryTree(
  kind: OrgKind,
  below: { authorities: boolean; organizations: boolean },
): CategoryNode[] {
  const authority = isAuthorityKind(kind);
  const orgGroups: RoleGroup[] = ["heads", "deputies", "admins", "educators", "others"];
  const nodes: CategoryNode[] = [
    { key: "all", spec: { kind: "all" } },
    staffNode("own", authority ? ["heads", "deputies", "admins", "others"] : orgGroups),
  ];
  if (authority && below.authorities) nodes.push(staffNode("sub", ["heads", "deputies", "admins", "others"]));
  if (authority && below.organizations) nodes.push(staffNode("org", orgGroups));
  if (!authority || below.organizations)
    nodes.push(
      { key: "children", spec: { kind: "children" } },
      { key: "parents", spec: { kind: "parents" } },
    );
  return nodes;
}

// Every category of a tree, flattened (parents before their children).
export function flatten(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children ?? [])]);
}

/** The People tab's query string, checked. */
export type PeopleQuery = { category: string; q: string; online: boolean; page: number };

// The query string as the tab reads it: an unknown category is "all", the search at most 100 characters,
// the page a positive whole number.
export function parsePeopleQuery(
  raw: Record<string, string | string[] | undefined>,
  tree: CategoryNode[],
): PeopleQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const cat = one(raw.cat);
  const category = flatten(tree).some((n) => n.key === cat) ? cat : "all";
  const page = Number.parseInt(one(raw.page), 10);
  return {
    category,
    q: one(raw.q).trim().replace(/\s+/g, " ").slice(0, 100),
    online: one(raw.online) === "1",
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  };
}

// The words of a name search (each must match the surname, the name or the patronymic), at most four.
export function searchWords(q: string): string[] {
  return q.split(" ").filter(Boolean).slice(0, 4);
}

// True when the user was seen within the online window.
export function isOnline(lastSeenAt: Date | null | undefined, now: Date): boolean {
  return !!lastSeenAt && now.getTime() - lastSeenAt.getTime() <= ONLINE_WINDOW_MS;
}

// A phone with only its code and last two digits showing: +7 701 *** ** 01.
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 6) return "***";
  const national = digits.length === 11 && /^[78]/.test(digits) ? digits.slice(1) : digits;
  return `+7 ${national.slice(0, 3)} *** ** ${national.slice(-2)}`;
}

// How many pages a count takes (at least one).
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
}
