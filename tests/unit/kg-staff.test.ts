import { describe, expect, it } from "vitest";
import { firstFreeLogin, loginBase, transliterate } from "@/lib/kindergarten/staff/login";
import { hasParentCabinet, leftAtProblem, sameNames, signInStatus } from "@/lib/kindergarten/staff/rules";
import {
  canKeepGroups,
  KG_STAFF_ROLES,
  managesKindergarten,
  QUALIFICATIONS,
} from "@/lib/kindergarten/staff/roles";
import {
  addStaffSchema,
  employmentSchema,
  endEmploymentSchema,
  personDataSchema,
} from "@/lib/kindergarten/staff/schemas";
import { fieldErrorsOf } from "@/lib/form-state";
import { isKindergartenManager } from "@/lib/auth/actor";
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
    expect(leftAtProblem("2026-11-23", "2025-09-01", "2026-11-22")).toBe("kgStaff.rule.leftInFuture");
    expect(leftAtProblem("2025-08-31", "2025-09-01", "2026-11-22")).toBe("kgStaff.rule.leftBeforeArrival");
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
        expect(managesKindergarten(m)).toBe(isKindergartenManager(m));
      }
    expect(KG_STAFF_ROLES.filter(canKeepGroups)).toEqual(["EDUCATOR", "ASSISTANT_EDUCATOR"]);
  });

  it("translates every kindergarten role and all ten qualification categories", () => {
    for (const r of KG_STAFF_ROLES) expect(en.memberRole[r]).toBeTruthy();
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
    const v = addStaffSchema.parse({ ...form, isAdministrator: "1" });
    expect(v).toMatchObject({ iin: "950815350123", role: "NURSE", isAdministrator: true });
    expect(v.middleName ?? v.birthDate ?? v.sex ?? v.phone ?? v.email ?? v.qualification).toBeUndefined();
    expect(addStaffSchema.parse(form).isAdministrator).toBe(false);
  });

  it("reports each bad field with a translation key", () => {
    const r = addStaffSchema.safeParse({
      ...form,
      iin: "210315601232",
      lastName: " ",
      role: "AUTHORITY_HEAD",
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
