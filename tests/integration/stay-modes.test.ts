import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten, makeManager } from "./fixtures/kindergarten";
import { listStayModes, saveStayMode, setStayModeArchived } from "@/lib/kindergarten/stay-modes/stay-modes";
import { stayModeSchema } from "@/lib/kindergarten/stay-modes/schemas";
import { AppError } from "@/lib/errors/app-error";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

describe("stay modes reference book", () => {
  it("creates, edits and archives within the manager's kindergarten, with audit records", async () => {
    const kg = await makeKindergarten(db);
    const ctx = await makeManager(db, kg.id);
    const mode = await saveStayMode(
      ctx,
      stayModeSchema.parse({ nameKk: "Толық күн", nameRu: "Полный день", hours: "10.5" }),
    );
    await saveStayMode(ctx, { id: mode.id, nameKk: "Толық күн", nameRu: "Полный день", hours: 12 });
    await setStayModeArchived(ctx, mode.id, true, new Date("2026-11-22T05:00:00Z"));
    const [stored] = await listStayModes(kg.id);
    expect(Number(stored!.hours)).toBe(12);
    expect(stored!.archivedAt).not.toBeNull();
    const actions = (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["stay_mode.create", "stay_mode.update", "stay_mode.archive"]);
  });

  it("cannot touch another kindergarten's stay mode", async () => {
    const mine = await makeKindergarten(db);
    const theirs = await makeKindergarten(db);
    const other = await saveStayMode(await makeManager(db, theirs.id), {
      nameKk: "Қысқа",
      nameRu: "Короткий",
      hours: 4,
    });
    const ctx = await makeManager(db, mine.id);
    await expect(saveStayMode(ctx, { id: other.id, nameKk: "X", nameRu: "X", hours: 5 })).rejects.toEqual(
      new AppError("not_found"),
    );
    await expect(setStayModeArchived(ctx, other.id, true, new Date())).rejects.toEqual(
      new AppError("not_found"),
    );
    expect(Number((await db.stayMode.findUniqueOrThrow({ where: { id: other.id } })).hours)).toBe(4);
  });

  it("refuses hours outside 1–24 or not in half hours", () => {
    for (const hours of ["0", "25", "10.25", "abc"])
      expect(stayModeSchema.safeParse({ nameKk: "a", nameRu: "a", hours }).success).toBe(false);
    expect(
      stayModeSchema.safeParse({ nameKk: "a", nameRu: "a", hours: "10,5".replace(",", ".") }).success,
    ).toBe(true);
  });
});
