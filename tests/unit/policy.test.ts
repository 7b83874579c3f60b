import { describe, expect, it } from "vitest";
import { ACTIONS, can, isPublic, type Action } from "@/lib/auth/policy";
import type { Actor, ActorMembership } from "@/lib/auth/actor";
import { homePathFor } from "@/lib/auth/home";

const REGION = "org-region";
const DISTRICT = "org-district";
const KG = "org-kg";
const OTHER_KG = "org-kg-2";
const kgPath = [KG, DISTRICT, REGION];
const otherKgPath = [OTHER_KG, "org-district-2", REGION];

function member(
  organizationId: string,
  orgKind: ActorMembership["orgKind"],
  role: ActorMembership["role"],
  orgPath: string[],
  isAdministrator = false,
): ActorMembership {
  return {
    membershipId: `${organizationId}-${role}`,
    organizationId,
    orgKind,
    role,
    isAdministrator,
    orgPath,
  };
}

function actor(partial: Partial<Actor>): Actor {
  return {
    userId: "u",
    personId: "p",
    audience: "staff",
    displayName: "X",
    mustChangePassword: false,
    memberships: [],
    educatorGroupIds: [],
    representedChildIds: [],
    ...partial,
  };
}

const parent = actor({ audience: "parent", representedChildIds: ["child-1"] });
const educator = actor({
  memberships: [member(KG, "KINDERGARTEN", "EDUCATOR", kgPath)],
  educatorGroupIds: ["group-1"],
});
const unboundEducator = actor({ memberships: [member(KG, "KINDERGARTEN", "EDUCATOR", kgPath)] });
const kgAdmin = actor({ memberships: [member(KG, "KINDERGARTEN", "KG_ADMIN", kgPath)] });
const districtOfficer = actor({
  memberships: [member(DISTRICT, "DISTRICT_AUTHORITY", "AUTHORITY_EMPLOYEE", [DISTRICT, REGION])],
});
const districtAdmin = actor({
  memberships: [member(DISTRICT, "DISTRICT_AUTHORITY", "AUTHORITY_ADMIN", [DISTRICT, REGION], true)],
});
const regionOfficer = actor({
  memberships: [member(REGION, "REGION_AUTHORITY", "AUTHORITY_HEAD", [REGION])],
});

const group1 = { organizationId: KG, groupId: "group-1", orgPath: kgPath };
const group2 = { organizationId: KG, groupId: "group-2", orgPath: kgPath };

describe("policy: audiences", () => {
  // The access matrix: which audience may enter which area at all.
  const matrix: [string, Actor, Record<"cabinet.use" | "kindergarten.enter" | "authority.enter", boolean>][] =
    [
      ["parent", parent, { "cabinet.use": true, "kindergarten.enter": false, "authority.enter": false }],
      ["educator", educator, { "cabinet.use": false, "kindergarten.enter": true, "authority.enter": false }],
      [
        "kindergarten admin",
        kgAdmin,
        { "cabinet.use": false, "kindergarten.enter": true, "authority.enter": false },
      ],
      [
        "district officer",
        districtOfficer,
        { "cabinet.use": false, "kindergarten.enter": false, "authority.enter": true },
      ],
    ];
  for (const [name, a, expected] of matrix) {
    it(`${name} enters only their own area`, () => {
      for (const [action, allowed] of Object.entries(expected))
        expect(can(a, action as Action), action).toBe(allowed);
    });
  }

  it("nobody signed in can do nothing but the public entries", () => {
    for (const action of ACTIONS) expect(can(null, action, group1), action).toBe(isPublic(action));
    expect(ACTIONS.filter(isPublic)).toEqual([
      "district.choose",
      "signin.request_code",
      "signin.eds_challenge",
      "session.sign_in",
      "protocol.read",
      "portal_key.read",
      "appeal.send",
      "question.ask",
      "org.logo.read",
      "profile.read",
    ]);
  });

  it("staff who must change the password can do nothing yet", () => {
    const fresh = { ...kgAdmin, mustChangePassword: true };
    for (const action of ACTIONS.filter((a) => !isPublic(a) && a !== "password.change"))
      expect(can(fresh, action, { ...group1, organizationId: KG }), action).toBe(false);
    expect(can(fresh, "password.change")).toBe(true);
    expect(homePathFor(fresh)).toBe("/change-password");
  });
});

describe("policy: scope", () => {
  it("an educator marks attendance only in a bound group", () => {
    expect(can(educator, "attendance.mark", group1)).toBe(true);
    expect(can(educator, "attendance.mark", group2)).toBe(false);
    expect(can(educator, "group.read", group2)).toBe(false);
  });

  it("an educator without a group binding sees no group", () => {
    expect(can(unboundEducator, "group.read", group1)).toBe(false);
    expect(can(unboundEducator, "attendance.mark", group1)).toBe(false);
    expect(can(unboundEducator, "kindergarten.enter")).toBe(true);
  });

  it("a bound group id of another kindergarten does not grant access", () => {
    expect(
      can(educator, "group.read", { organizationId: OTHER_KG, groupId: "group-1", orgPath: otherKgPath }),
    ).toBe(false);
  });

  it("a kindergarten admin manages only their own kindergarten", () => {
    expect(can(kgAdmin, "kindergarten.manage", { organizationId: KG })).toBe(true);
    expect(can(kgAdmin, "kindergarten.manage", { organizationId: OTHER_KG })).toBe(false);
    expect(can(kgAdmin, "attendance.mark", group2)).toBe(true);
    expect(
      can(kgAdmin, "attendance.mark", { organizationId: OTHER_KG, groupId: "g", orgPath: otherKgPath }),
    ).toBe(false);
  });

  it("an authority reads its own and subordinate organisations only", () => {
    expect(can(districtOfficer, "org.read", { organizationId: KG, orgPath: kgPath })).toBe(true);
    expect(can(districtOfficer, "org.read", { organizationId: OTHER_KG, orgPath: otherKgPath })).toBe(false);
    expect(can(regionOfficer, "org.read", { organizationId: OTHER_KG, orgPath: otherKgPath })).toBe(true);
    expect(can(districtOfficer, "report.read", { orgPath: kgPath })).toBe(true);
  });

  it("only an authority's administrator manages it", () => {
    expect(can(districtOfficer, "org.manage", { organizationId: DISTRICT })).toBe(false);
    expect(can(districtAdmin, "org.manage", { organizationId: DISTRICT })).toBe(true);
    expect(can(districtAdmin, "org.manage", { organizationId: REGION })).toBe(false);
  });

  it("a parent reads only children they represent", () => {
    expect(can(parent, "child.read", { childId: "child-1" })).toBe(true);
    expect(can(parent, "child.read", { childId: "child-2" })).toBe(false);
  });

  it("a month's receipt: the child's representative, the kindergarten's managers, the authorities above it", () => {
    const month = { childId: "child-1", organizationId: KG, orgPath: kgPath };
    const who = [parent, educator, kgAdmin, districtOfficer, regionOfficer].map((a) =>
      can(a, "timesheet.receipt", month),
    );
    expect(who).toEqual([true, false, true, true, true]);
    expect(can(parent, "timesheet.receipt", { ...month, childId: "child-2" })).toBe(false);
    expect(
      can(kgAdmin, "timesheet.receipt", { ...month, organizationId: OTHER_KG, orgPath: otherKgPath }),
    ).toBe(false);
    expect(
      can(districtOfficer, "timesheet.receipt", { ...month, organizationId: OTHER_KG, orgPath: otherKgPath }),
    ).toBe(false);
  });

  it("a parent session never carries staff rights, even for a person who also works somewhere", () => {
    const both = { ...parent, memberships: kgAdmin.memberships };
    expect(can(both, "kindergarten.manage", { organizationId: KG })).toBe(false);
  });
});

describe("policy: a kindergarten's managers and their credentials", () => {
  const director = actor({ memberships: [member(KG, "KINDERGARTEN", "KG_DIRECTOR", kgPath)] });
  const staffOf = (subjectIsManager: boolean, subjectHasParentCabinet = false) => ({
    organizationId: KG,
    orgPath: kgPath,
    subjectIsManager,
    subjectHasParentCabinet,
  });

  it("any manager looks after the other staff; a manager only the director or the authority's administrator", () => {
    for (const action of ["staff.manage", "staff.issue_credentials"] as const) {
      expect(can(kgAdmin, action, staffOf(false))).toBe(true);
      expect(can(director, action, staffOf(false))).toBe(true);
      expect(can(kgAdmin, action, staffOf(true))).toBe(false);
      expect(can(director, action, staffOf(true))).toBe(true);
      expect(can(districtAdmin, action, staffOf(true))).toBe(true);
      expect(can(districtOfficer, action, staffOf(true))).toBe(false); // not an administrator
      expect(can(districtAdmin, action, { ...staffOf(true), orgPath: otherKgPath })).toBe(false);
      expect(can(educator, action, staffOf(false))).toBe(false);
    }
  });

  it("never issues credentials to a person with a parent's cabinet, nor without knowing the subject", () => {
    for (const who of [kgAdmin, director, districtAdmin]) {
      expect(can(who, "staff.issue_credentials", staffOf(false, true))).toBe(false);
      expect(can(who, "staff.issue_credentials", staffOf(true, true))).toBe(false);
      expect(can(who, "staff.issue_credentials", { organizationId: KG, orgPath: kgPath })).toBe(false);
    }
  });
});

describe("policy: the organisation's administration", () => {
  it("an authority's administrators and head, a kindergarten's managers — each their own organisation only", () => {
    expect(can(districtAdmin, "org.administer", { organizationId: DISTRICT })).toBe(true);
    expect(can(regionOfficer, "org.administer", { organizationId: REGION })).toBe(true); // the head
    expect(can(kgAdmin, "org.administer", { organizationId: KG })).toBe(true);
    expect(can(districtOfficer, "org.administer", { organizationId: DISTRICT })).toBe(false); // an employee
    expect(can(educator, "org.administer", { organizationId: KG })).toBe(false);
    expect(can(districtAdmin, "org.administer", { organizationId: KG })).toBe(false); // not the kindergarten's
    expect(can(kgAdmin, "org.administer", { organizationId: OTHER_KG })).toBe(false);
    expect(can(regionOfficer, "org.administer", { organizationId: DISTRICT })).toBe(false);
  });

  it("subordinates are an authority's: its administrators and head, never a kindergarten's managers", () => {
    expect(can(districtAdmin, "org.subordinates.manage", { organizationId: DISTRICT })).toBe(true);
    expect(can(regionOfficer, "org.subordinates.manage", { organizationId: REGION })).toBe(true);
    expect(can(districtOfficer, "org.subordinates.manage", { organizationId: DISTRICT })).toBe(false);
    expect(can(kgAdmin, "org.subordinates.manage", { organizationId: KG })).toBe(false);
    expect(can(districtAdmin, "org.subordinates.manage", { organizationId: REGION })).toBe(false);
  });
});

describe("home after sign-in", () => {
  it("sends each audience to its own home", () => {
    expect(homePathFor(parent)).toBe("/cabinet");
    expect(homePathFor(educator)).toBe("/kindergarten");
    expect(homePathFor(kgAdmin)).toBe("/kindergarten");
    expect(homePathFor(districtOfficer)).toBe("/authority");
    expect(homePathFor(actor({}))).toBe("/no-access");
  });
});
