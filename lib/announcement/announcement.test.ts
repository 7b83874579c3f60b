import { describe, expect, it } from "vitest";
import type { Actor, ActorMembership } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { codesFor, codesRefused, familiesFor, readAudiences, specOf, storedAudiences } from "./audiences";
import { excerptOf, formatBody, segmentsOf } from "./body";

describe("the text", () => {
  it("paragraphs on blank lines, line breaks kept, Windows line ends accepted", () => {
    expect(formatBody("A\r\nB\r\n\r\n\r\nC\n  \nD")).toEqual([
      [[{ text: "A" }], [{ text: "B" }]],
      [[{ text: "C" }]],
      [[{ text: "D" }]],
    ]);
    expect(formatBody("  \n\n ")).toEqual([]);
  });

  it("http(s) addresses become links without the sentence's punctuation; nothing else does", () => {
    expect(segmentsOf("See https://edu.kz/a?b=1. And (http://x.kz)")).toEqual([
      { text: "See " },
      { text: "https://edu.kz/a?b=1", href: "https://edu.kz/a?b=1" },
      { text: ". And (" },
      { text: "http://x.kz", href: "http://x.kz/" },
      { text: ")" },
    ]);
    for (const s of ["javascript:alert(1)", "<a href='https://x.kz'>x</a>", "ftp://x.kz", "data:text/html,x"])
      expect(
        segmentsOf(s).every((x) => !x.href || x.href.startsWith("https://x.kz")),
        s,
      ).toBe(true);
    // Markup stays text: the link inside an <a> tag is only the address.
    expect(segmentsOf("<script>x</script>")).toEqual([{ text: "<script>x</script>" }]);
    expect(excerptOf("a\n\nb   c", 10)).toBe("a b c");
    expect(excerptOf("x".repeat(20), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("audiences", () => {
  it("the organisation's kind decides what it may address", () => {
    expect(familiesFor("DISTRICT_AUTHORITY").map((f) => f.family)).toEqual([
      "network",
      "own",
      "subordinate",
      "kindergarten",
    ]);
    expect(codesFor("KINDERGARTEN")).toEqual([
      "own:heads",
      "own:deputies",
      "own:admins",
      "own:employees",
      "kindergarten:parents",
    ]);
    expect(codesRefused("KINDERGARTEN", ["own:heads", "subordinate:heads", "network:staff"])).toEqual([
      "subordinate:heads",
      "network:staff",
    ]);
    expect(codesRefused("REGION_AUTHORITY", codesFor("REGION_AUTHORITY"))).toEqual([]);
  });

  it("codes become the roles and flags resolved in SQL", () => {
    expect(
      specOf(["own:heads", "own:employees", "subordinate:admins", "kindergarten:parents"], ["a", "a"]),
    ).toEqual({
      ownRoles: [
        "AUTHORITY_HEAD",
        "KG_DIRECTOR",
        "AUTHORITY_EMPLOYEE",
        "METHODOLOGIST",
        "EDUCATOR",
        "ASSISTANT_EDUCATOR",
        "MUSIC_TEACHER",
        "NURSE",
        "OTHER_STAFF",
      ],
      network: false,
      subordinateRoles: ["AUTHORITY_ADMIN", "KG_ADMIN"],
      kindergartenEmployees: false,
      kindergartenParents: true,
      orgIds: ["a"],
    });
  });

  it("stored with the chosen organisations, and read back", () => {
    const stored = storedAudiences(["kindergarten:parents", "own:heads", "bogus"], ["k1", "k2"]);
    expect(stored).toEqual(["own:heads", "kindergarten:parents", "org:k1", "org:k2"]);
    expect(readAudiences(stored)).toEqual({
      codes: ["own:heads", "kindergarten:parents"],
      orgIds: ["k1", "k2"],
    });
    expect(readAudiences(null)).toEqual({ codes: [], orgIds: [] });
  });
});

describe("the policy", () => {
  const m = (
    organizationId: string,
    orgKind: ActorMembership["orgKind"],
    role: ActorMembership["role"],
    extra: Partial<ActorMembership> = {},
  ): ActorMembership => ({
    membershipId: `${organizationId}-${role}`,
    organizationId,
    orgKind,
    role,
    isAdministrator: false,
    orgPath: [organizationId],
    ...extra,
  });
  const actor = (memberships: ActorMembership[], audience: "staff" | "parent" = "staff"): Actor => ({
    userId: "u",
    personId: "me",
    audience,
    displayName: "X",
    mustChangePassword: false,
    memberships,
    educatorGroupIds: [],
    representedChildIds: [],
  });
  const D = "district";
  const K = "kg";

  it("publish, delete and receipts: the author organisation's administrators or editors", () => {
    const allowed = [
      actor([m(D, "DISTRICT_AUTHORITY", "AUTHORITY_ADMIN")]),
      actor([m(D, "DISTRICT_AUTHORITY", "AUTHORITY_HEAD")]),
      actor([m(D, "DISTRICT_AUTHORITY", "AUTHORITY_EMPLOYEE", { isEditor: true })]),
      actor([m(D, "DISTRICT_AUTHORITY", "AUTHORITY_EMPLOYEE", { isAdministrator: true })]),
    ];
    const refused = [
      actor([m(D, "DISTRICT_AUTHORITY", "AUTHORITY_EMPLOYEE")]),
      actor([m("other", "DISTRICT_AUTHORITY", "AUTHORITY_ADMIN")]),
      actor([m(K, "KINDERGARTEN", "KG_DIRECTOR", { orgPath: [K, D] })]), // below the district: not its author
      actor([], "parent"),
      { ...actor([m(D, "DISTRICT_AUTHORITY", "AUTHORITY_ADMIN")]), mustChangePassword: true },
    ];
    for (const a of allowed)
      for (const p of ["announcement.manage", "announcement.receipts"] as const)
        expect(can(a, p, { organizationId: D }), JSON.stringify(a.memberships)).toBe(true);
    for (const a of refused)
      for (const p of ["announcement.manage", "announcement.receipts"] as const)
        expect(can(a, p, { organizationId: D }), JSON.stringify(a.memberships)).toBe(false);
    expect(can(actor([m(K, "KINDERGARTEN", "KG_ADMIN")]), "announcement.manage", { organizationId: K })).toBe(
      true,
    );
    expect(can(actor([m(K, "KINDERGARTEN", "EDUCATOR")]), "announcement.manage", { organizationId: K })).toBe(
      false,
    );
    expect(can(null, "announcement.manage", { organizationId: D })).toBe(false);
  });

  it("read: its recipients only", () => {
    expect(can(actor([], "parent"), "announcement.read", { recipientId: "me" })).toBe(true);
    expect(can(actor([m(K, "KINDERGARTEN", "EDUCATOR")]), "announcement.read", { recipientId: "me" })).toBe(
      true,
    );
    expect(can(actor([], "parent"), "announcement.read", { recipientId: "someone" })).toBe(false);
    expect(can(actor([], "parent"), "announcement.read", {})).toBe(false);
    expect(can(null, "announcement.read", { recipientId: "me" })).toBe(false);
  });
});
