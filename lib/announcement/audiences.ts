import type { MemberRole, OrgKind } from "@/lib/generated/prisma/enums";

// Who an announcement may be addressed to (seeds 001/002 section 4, SPEC §3.3), pure. An authority chooses
// among four families — all staff of the administrative network (itself and every organisation under it);
// its own staff by sub-role (leaders, deputies, administrators, employees); the staff of the organisations
// under it (their heads, deputies, administrators); the kindergartens under it (their employees, the
// parents of their children) — and may narrow the last two to chosen subordinate organisations (each with
// its own subtree). A kindergarten addresses its own people: its staff by sub-role and its children's
// parents. The organisation's kind decides what is offered; the codes are stored in
// Announcement.audiences, the chosen organisations as "org:<id>" beside them.

export const OWN_CODES = ["own:heads", "own:deputies", "own:admins", "own:employees"] as const;
export const SUBORDINATE_CODES = ["subordinate:heads", "subordinate:deputies", "subordinate:admins"] as const;
export const KINDERGARTEN_CODES = ["kindergarten:employees", "kindergarten:parents"] as const;
export const NETWORK_CODES = ["network:staff"] as const;

export type AudienceCode =
  | (typeof OWN_CODES)[number]
  | (typeof SUBORDINATE_CODES)[number]
  | (typeof KINDERGARTEN_CODES)[number]
  | (typeof NETWORK_CODES)[number];

export type AudienceFamily = "network" | "own" | "subordinate" | "kindergarten";

/** A family with the codes (checkboxes) offered for it, in the order of the seeds. */
export type FamilyOffer = { family: AudienceFamily; codes: readonly AudienceCode[] };

export const ALL_CODES: readonly AudienceCode[] = [
  ...NETWORK_CODES,
  ...OWN_CODES,
  ...SUBORDINATE_CODES,
  ...KINDERGARTEN_CODES,
];

const AUTHORITY_KINDS: readonly OrgKind[] = ["REGION_AUTHORITY", "DISTRICT_AUTHORITY"];
export const isAuthorityKind = (kind: OrgKind) => AUTHORITY_KINDS.includes(kind);

// What an organisation of this kind may address: an authority every family, a kindergarten its own staff
// and its children's parents, any other organisation its own staff.
export function familiesFor(kind: OrgKind): FamilyOffer[] {
  if (isAuthorityKind(kind))
    return [
      { family: "network", codes: NETWORK_CODES },
      { family: "own", codes: OWN_CODES },
      { family: "subordinate", codes: SUBORDINATE_CODES },
      { family: "kindergarten", codes: KINDERGARTEN_CODES },
    ];
  if (kind === "KINDERGARTEN")
    return [
      { family: "own", codes: OWN_CODES },
      { family: "kindergarten", codes: ["kindergarten:parents"] },
    ];
  return [{ family: "own", codes: OWN_CODES }];
}

// The codes an organisation of this kind may use.
export function codesFor(kind: OrgKind): AudienceCode[] {
  return familiesFor(kind).flatMap((f) => f.codes);
}

// True when the kind may narrow its audience to chosen subordinate organisations (authorities only).
export const choosesOrganisations = (kind: OrgKind) => isAuthorityKind(kind);

// Sub-roles, for both kinds of organisation: leaders, deputies, administrators, everyone else.
const HEADS: MemberRole[] = ["AUTHORITY_HEAD", "KG_DIRECTOR"];
const DEPUTIES: MemberRole[] = ["AUTHORITY_DEPUTY", "KG_DEPUTY"];
const ADMINS: MemberRole[] = ["AUTHORITY_ADMIN", "KG_ADMIN"];
const EMPLOYEES: MemberRole[] = [
  "AUTHORITY_EMPLOYEE",
  "METHODOLOGIST",
  "EDUCATOR",
  "ASSISTANT_EDUCATOR",
  "MUSIC_TEACHER",
  "NURSE",
  "OTHER_STAFF",
];
const SUB_ROLES: Record<string, MemberRole[]> = {
  heads: HEADS,
  deputies: DEPUTIES,
  admins: ADMINS,
  employees: EMPLOYEES,
};

/** What the database resolves at publication (lib/announcement/resolve.ts), from the chosen codes. */
export type AudienceSpec = {
  /** Roles of the author organisation's own current staff. */
  ownRoles: MemberRole[];
  /** Every current staff member of the author organisation and of every organisation under it. */
  network: boolean;
  /** Roles of the current staff of the organisations under the author (narrowed by the choice). */
  subordinateRoles: MemberRole[];
  /** Every current staff member of the kindergartens under the author (narrowed by the choice). */
  kindergartenEmployees: boolean;
  /** Verified legal representatives of the children enrolled, on the publication day, in the
   * kindergartens under the author (narrowed by the choice) — or in the author itself, a kindergarten. */
  kindergartenParents: boolean;
  /** Subordinate organisations chosen (each with its subtree); empty = all of them. */
  orgIds: string[];
};

// The resolution spec of a list of codes (unknown codes are ignored: the schema refuses them first).
export function specOf(codes: readonly string[], orgIds: readonly string[] = []): AudienceSpec {
  const roles = (prefix: string) => [
    ...new Set(
      codes.filter((c) => c.startsWith(prefix)).flatMap((c) => SUB_ROLES[c.slice(prefix.length)] ?? []),
    ),
  ];
  return {
    ownRoles: roles("own:"),
    network: codes.includes("network:staff"),
    subordinateRoles: roles("subordinate:"),
    kindergartenEmployees: codes.includes("kindergarten:employees"),
    kindergartenParents: codes.includes("kindergarten:parents"),
    orgIds: [...new Set(orgIds)],
  };
}

const ORG_PREFIX = "org:";

// What Announcement.audiences stores: the codes in the offered order, then "org:<id>" for each chosen organisation.
export function storedAudiences(codes: readonly string[], orgIds: readonly string[]): string[] {
  return [
    ...ALL_CODES.filter((c) => codes.includes(c)),
    ...[...new Set(orgIds)].map((id) => `${ORG_PREFIX}${id}`),
  ];
}

// Announcement.audiences read back: its codes and chosen organisations (anything else is dropped).
export function readAudiences(stored: unknown): { codes: AudienceCode[]; orgIds: string[] } {
  const list = Array.isArray(stored) ? stored.filter((x): x is string => typeof x === "string") : [];
  return {
    codes: ALL_CODES.filter((c) => list.includes(c)),
    orgIds: list.filter((x) => x.startsWith(ORG_PREFIX)).map((x) => x.slice(ORG_PREFIX.length)),
  };
}

// The chosen codes an organisation of this kind may not use (empty when all are allowed).
export function codesRefused(kind: OrgKind, codes: readonly string[]): string[] {
  const allowed = codesFor(kind) as string[];
  return codes.filter((c) => !allowed.includes(c));
}
