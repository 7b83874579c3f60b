import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import {
  listHolidays,
  loadDefaultYear,
  removeHoliday,
  saveHoliday,
} from "@/lib/calendar/holidays-admin/holidays";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

const admin = (
  orgKind: "REGION_AUTHORITY" | "DISTRICT_AUTHORITY",
  isAdministrator = true,
  role: "AUTHORITY_ADMIN" | "AUTHORITY_EMPLOYEE" = "AUTHORITY_ADMIN",
): Actor => ({
  userId: "u",
  personId: "p",
  audience: "staff",
  displayName: "A",
  mustChangePassword: false,
  educatorGroupIds: [],
  representedChildIds: [],
  memberships: [
    { membershipId: "m", organizationId: "org", orgKind, role, isAdministrator, orgPath: ["org"] },
  ],
});

describe("the national calendar", () => {
  it("a regional administrator loads the fixed holidays once and records a decree's transfer", async () => {
    const region = admin("REGION_AUTHORITY");
    const first = await loadDefaultYear(region, 2027);
    expect(first).toBeGreaterThan(10);
    expect(await loadDefaultYear(region, 2027)).toBe(0);
    await saveHoliday(region, {
      date: "2027-01-03",
      kind: "TRANSFER_DAY_OFF",
      nameKk: "Ауыстыру",
      nameRu: "Перенос",
      nameEn: "Moved day off",
    });
    await saveHoliday(region, {
      date: "2027-01-09",
      kind: "WORKING_DAY",
      nameKk: "Жұмыс күні",
      nameRu: "Рабочий день",
      nameEn: "Working day",
    });
    const days = await listHolidays(2027);
    expect(days.find((d) => d.date.toISOString().startsWith("2027-01-09"))?.kind).toBe("WORKING_DAY");
    await removeHoliday(region, "2027-01-03");
    expect((await listHolidays(2027)).length).toBe(first + 1);
    expect(await db.auditLog.count({ where: { entityType: "Holiday" } })).toBe(5);
  });

  it("a district department cannot change the national calendar", async () => {
    await expect(
      saveHoliday(admin("DISTRICT_AUTHORITY"), {
        date: "2027-01-03",
        kind: "HOLIDAY",
        nameKk: "x",
        nameRu: "x",
        nameEn: "x",
      }),
    ).rejects.toEqual(new AppError("forbidden"));
    await expect(
      loadDefaultYear(admin("REGION_AUTHORITY", false, "AUTHORITY_EMPLOYEE"), 2027),
    ).rejects.toEqual(new AppError("forbidden"));
    expect(await db.holiday.count()).toBe(0);
  });
});
