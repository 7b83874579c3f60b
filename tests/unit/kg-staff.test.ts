import { describe, expect, it } from "vitest";
import { firstFreeLogin, loginBase, transliterate } from "@/lib/people/staff/login";
import { hasParentCabinet, leftAtProblem, sameNames, signInStatus } from "@/lib/people/staff/rules";
import {
  AUTHORITY_ROLES,
  canKeepGroups,
  KG_STAFF_ROLES,
  managesOrganization,
  QUALIFICATIONS,
  rolesFor,
} from "@/lib/people/staff/roles";
import {
  addExistingSchema,
  addStaffSchema,
  employmentSchema,
  endEmploymentSchema,
  excludeSchema,
  newPersonSchema,
  personDataSchema,
} from "@/lib/people/staff/schemas";
import { fieldErrorsOf } from "@/lib/form-state";
import { isKindergartenManager } from "@/lib/auth/actor";
import { isOrgAdministrator } from "@/lib/profile/visibility";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/actor";
import type { MemberRole, OrgKind } from "@/lib/generated/prisma/enums";
import en from "@/messages/en.json";

describe("invitation logins", () => {
  it("transliterates Kazakh and Russian letters to lowercase ASCII", () => {
    expect(transliterate("Құрманғазы-Әлиұлы")).toBe("qurmangazyaliuly");
    expect(transliterate("Щёкина Юлия")).toBe("shchyokinayuliya");
    expect(transliterate("Өтеғұлова Іңкәр")).toBe("otegulovainkar");
  });

  it("builds surname.initial and adds digits on collision", () => {
    expect(loginBase("Серікбаева", "Гүлнар")).toBe("serikbaeva.g");
    expect(loginBase("Ъ", "Ь")).toBe("staff");
    expect(loginBase("O'Neil", "Émile")).toBe("oneil.e");
    expect(firstFreeLogin("kim.o", new Set())).toBe("kim.o");
    expect(firstFreeLogin("kim.o", new Set(["kim.o", "kim.o2", "kim.o4"]))).toBe("kim.o3");
  });
});

describe("staff rules", () => {
  it("compares names ignoring case, ё/е and spaces; an unknown patronymic does not count", () => {
    expect(
      sameNames(
        { lastName: "Семёнова ", firstName: "анна" },
        { lastName: "семенова", firstName: "Анна", middleName: "Ивановна" },
      ),
    ).toBe(true);
    expect(
      sameNames(
        { lastName: "Семенова", firstName: "Анна", middleName: "Петровна" },
        { lastName: "Семенова", firstName: "Анна", middleName: "Ивановна" },
      ),
    ).toBe(false);
    expect(
      sameNames({ lastName: "Семенова", firstName: "Анна" }, { lastName: "Семенов", firstName: "Анна" }),
    ).toBe(false);
  });

  it("tells the sign-in status from the account", () => {
    expect(signInStatus(null)).toBe("none");
    expect(signInStatus({ login: null, hasPassword: false, mustChangePassword: false })).toBe("none"); // a parent's OTP account
    expect(signInStatus({ login: "a.b", hasPassword: true, mustChangePassword: true })).toBe("invited");
    expect(signInStatus({ login: "a.b", hasPassword: true, mustChangePassword: false })).toBe("registered");
  });

  it("tells a parent's cabinet: a parent's sign-in, a bound child, or an account registered without a staff password", () => {
    const account = { registeredAt: null, hasPassword: false, parentSignIns: 0, boundChildren: 0 };
    const at = new Date("2026-11-01T05:00:00Z");
    expect(hasParentCabinet(null)).toBe(false);
    expect(hasParentCabinet(account)).toBe(false); // an account made for a staff member, not used yet
    expect(hasParentCabinet({ ...account, hasPassword: true, registeredAt: at })).toBe(false); // staff
    expect(hasParentCabinet({ ...account, registeredAt: at })).toBe(true); // first sign-in by code or EDS
    expect(hasParentCabinet({ ...account, hasPassword: true, registeredAt: at, parentSignIns: 1 })).toBe(
      true,
    );
    expect(hasParentCabinet({ ...account, hasPassword: true, boundChildren: 1 })).toBe(true);
  });

  it("accepts a leaving date from the arrival up to today", () => {
    expect(leftAtProblem("2026-11-22", "2025-09-01", "2026-11-22")).toBeNull();
    expect(leftAtProblem("2025-09-01", "2025-09-01", "2026-11-22")).toBeNull();
    expect(leftAtProblem("2026-11-23", "2025-09-01", "2026-11-22")).toBe("people.rule.leftInFuture");
    expect(leftAtProblem("2025-08-31", "2025-09-01", "2026-11-22")).toBe("people.rule.leftBeforeArrival");
  });

  it("agrees with the policy on who manages, and binds only educator roles", () => {
    for (const role of KG_STAFF_ROLES)
      for (const isAdministrator of [false, true]) {
        const m = {
          membershipId: "m",
          organizationId: "o",
          orgKind: "KINDERGARTEN" as const,
          role,
          isAdministrator,
          orgPath: ["o"],
        };
        expect(managesOrganization(m)).toBe(isKindergartenManager(m));
        expect(managesOrganization(m)).toBe(isOrgAdministrator(m));
      }
    // An authority's head and administrators (and anyone with administrator rights) administer it.
    for (const role of AUTHORITY_ROLES)
      for (const isAdministrator of [false, true])
        expect(managesOrganization({ role, isAdministrator })).toBe(
          isOrgAdministrator({ role, isAdministrator }),
        );
    expect(AUTHORITY_ROLES.filter((role) => managesOrganization({ role, isAdministrator: false }))).toEqual([
      "AUTHORITY_HEAD",
      "AUTHORITY_ADMIN",
    ]);
    expect(KG_STAFF_ROLES.filter(canKeepGroups)).toEqual(["EDUCATOR", "ASSISTANT_EDUCATOR"]);
  });

  it("offers the roles of the organisation's kind", () => {
    expect(rolesFor("DISTRICT_AUTHORITY")).toEqual([
      "AUTHORITY_HEAD",
      "AUTHORITY_DEPUTY",
      "AUTHORITY_ADMIN",
      "AUTHORITY_EMPLOYEE",
    ]);
    expect(rolesFor("REGION_AUTHORITY")).toEqual(rolesFor("DISTRICT_AUTHORITY"));
    expect(rolesFor("KINDERGARTEN")).toEqual(KG_STAFF_ROLES);
    expect(rolesFor("SCHOOL")).toEqual([]);
  });

  it("translates every role and all ten qualification categories", () => {
    for (const r of [...KG_STAFF_ROLES, ...AUTHORITY_ROLES]) expect(en.memberRole[r]).toBeTruthy();
    expect(QUALIFICATIONS).toHaveLength(10);
    for (const q of QUALIFICATIONS) expect(en.qualification[q]).toBeTruthy();
  });
});

describe("staff forms", () => {
  const form = {
    iin: "950815350123",
    lastName: "Ким",
    firstName: "Оксана",
    middleName: "",
    birthDate: "",
    sex: "",
    phone: "",
    email: "",
    role: "NURSE",
    positionTitle: "",
    qualification: "",
    arrivedAt: "2025-09-01",
  };

  it("accepts a valid form, empty optional fields becoming undefined", () => {
    const v = newPersonSchema.parse({ ...form, isAdministrator: "1", isEditor: "1" });
    expect(v).toMatchObject({
      iin: "950815350123",
      role: "NURSE",
      isAdministrator: true,
      isModerator: false,
      isEditor: true,
    });
    expect(v.middleName ?? v.birthDate ?? v.sex ?? v.phone ?? v.email ?? v.qualification).toBeUndefined();
    expect(v.unitId).toBeUndefined();
    expect(newPersonSchema.parse(form).isAdministrator).toBe(false);
  });

  it("the wizard's two ways: a new person for an organisation, an existing user by login", () => {
    const add = addStaffSchema.parse({ ...form, organizationId: "org-1" });
    expect(add).toMatchObject({ organizationId: "org-1", then: "done" });
    expect(addStaffSchema.parse({ ...form, organizationId: "org-1", then: "another" }).then).toBe("another");
    expect(addStaffSchema.safeParse(form).success).toBe(false); // no organisation
    const existing = {
      organizationId: "org-1",
      role: "AUTHORITY_EMPLOYEE",
      arrivedAt: "2026-11-02",
      lastName: "Ким",
      firstName: "Оксана",
      login: " Kim.O ",
    };
    expect(addExistingSchema.parse(existing)).toMatchObject({ login: "kim.o", then: "done" });
    expect(
      fieldErrorsOf(addExistingSchema.safeParse({ ...existing, login: "", lastName: "", role: "X" }).error!),
    ).toEqual({
      login: "validation.required",
      lastName: "validation.required",
      role: "validation.staff.role",
    });
  });

  it("excludes only after “Yes, exclude”", () => {
    expect(excludeSchema.safeParse({ confirm: "yes" }).success).toBe(true);
    expect(fieldErrorsOf(excludeSchema.safeParse({}).error!)).toEqual({
      confirm: "validation.staff.confirmExclude",
    });
  });

  it("reports each bad field with a translation key", () => {
    const r = newPersonSchema.safeParse({
      ...form,
      iin: "210315601232",
      lastName: " ",
      role: "DEAN",
      qualification: "GURU",
      email: "x@",
      phone: "123",
      arrivedAt: "2025-02-30",
      sex: "X",
    });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)).toEqual({
      iin: "validation.iin.checksum",
      lastName: "validation.required",
      role: "validation.staff.role",
      qualification: "validation.staff.qualification",
      email: "validation.staff.email",
      phone: "validation.phone",
      arrivedAt: "validation.staff.date",
      sex: "validation.staff.sex",
    });
  });

  it("requires the confirmation tick to end an employment", () => {
    expect(endEmploymentSchema.safeParse({ leftAt: "2026-11-22" }).success).toBe(false);
    expect(
      fieldErrorsOf(endEmploymentSchema.safeParse({ leftAt: "2026-11-22", confirm: "0" }).error!),
    ).toEqual({ confirm: "validation.staff.confirmEnd" });
    expect(endEmploymentSchema.parse({ leftAt: "2026-11-22", confirm: "1" }).leftAt).toBe("2026-11-22");
    expect(
      personDataSchema.safeParse({ lastName: "A", firstName: "B", birthDate: "22.11.2026" }).success,
    ).toBe(false);
    expect(employmentSchema.safeParse({ role: "EDUCATOR", arrivedAt: "" }).success).toBe(false);
  });
});

describe("policy: an organisation's people, for authorities as for kindergartens", () => {
  const REGION = "region";
  const DISTRICT = "district";
  const OTHER = "district-2";
  const KG = "kg";
  const member = (organizationId: string, orgKind: OrgKind, role: MemberRole, isAdministrator = false) => ({
    membershipId: `${organizationId}-${role}`,
    organizationId,
    orgKind,
    role,
    isAdministrator,
    orgPath:
      organizationId === REGION
        ? [REGION]
        : organizationId === KG
          ? [KG, DISTRICT, REGION]
          : [organizationId, REGION],
  });
  const who = (m: ReturnType<typeof member>): Actor => ({
    userId: "u",
    personId: "p",
    audience: "staff",
    displayName: "X",
    mustChangePassword: false,
    memberships: [m],
    educatorGroupIds: [],
    representedChildIds: [],
  });
  const head = who(member(DISTRICT, "DISTRICT_AUTHORITY", "AUTHORITY_HEAD"));
  const admin = who(member(DISTRICT, "DISTRICT_AUTHORITY", "AUTHORITY_ADMIN", true));
  const deputy = who(member(DISTRICT, "DISTRICT_AUTHORITY", "AUTHORITY_DEPUTY"));
  const employee = who(member(DISTRICT, "DISTRICT_AUTHORITY", "AUTHORITY_EMPLOYEE"));
  const otherAdmin = who(member(OTHER, "DISTRICT_AUTHORITY", "AUTHORITY_ADMIN", true));
  const regionAdmin = who(member(REGION, "REGION_AUTHORITY", "AUTHORITY_ADMIN", true));
  const kgDirector = who(member(KG, "KINDERGARTEN", "KG_DIRECTOR"));
  const ofDistrict = (subjectIsManager: boolean) => ({
    organizationId: DISTRICT,
    orgPath: [DISTRICT, REGION],
    subjectIsManager,
    subjectHasParentCabinet: false,
  });

  it("an authority's head and administrators keep its people; its managers only the head or a higher authority", () => {
    for (const action of ["staff.manage", "staff.issue_credentials"] as const) {
      expect(can(head, action, ofDistrict(false))).toBe(true);
      expect(can(admin, action, ofDistrict(false))).toBe(true);
      expect(can(deputy, action, ofDistrict(false))).toBe(false);
      expect(can(employee, action, ofDistrict(false))).toBe(false);
      // A manager (head, administrator, administrator rights) or making someone one: not its own administrator.
      expect(can(admin, action, ofDistrict(true))).toBe(false);
      expect(can(head, action, ofDistrict(true))).toBe(true);
      expect(can(regionAdmin, action, ofDistrict(true))).toBe(true);
      // Never another organisation's administrator, nor a kindergarten's director, nor the region for ordinary staff.
      expect(can(otherAdmin, action, ofDistrict(false))).toBe(false);
      expect(can(otherAdmin, action, ofDistrict(true))).toBe(false);
      expect(can(kgDirector, action, ofDistrict(false))).toBe(false);
      expect(can(regionAdmin, action, ofDistrict(false))).toBe(false);
    }
    expect(can(head, "staff.unlock_sign_in", { organizationId: DISTRICT })).toBe(true);
    expect(can(admin, "staff.unlock_sign_in", { organizationId: DISTRICT })).toBe(true);
    expect(can(employee, "staff.unlock_sign_in", { organizationId: DISTRICT })).toBe(false);
    expect(can(otherAdmin, "staff.unlock_sign_in", { organizationId: DISTRICT })).toBe(false);
  });

  it("a kindergarten's managers stay the director's or an administrator's of an authority above it", () => {
    const ofKg = { organizationId: KG, orgPath: [KG, DISTRICT, REGION], subjectIsManager: true };
    expect(can(kgDirector, "staff.manage", ofKg)).toBe(true);
    expect(can(admin, "staff.manage", ofKg)).toBe(true);
    expect(can(regionAdmin, "staff.manage", ofKg)).toBe(true);
    expect(can(head, "staff.manage", ofKg)).toBe(false); // the district's head is not its administrator
    expect(can(admin, "staff.manage", { ...ofKg, subjectIsManager: false })).toBe(false);
  });
});
