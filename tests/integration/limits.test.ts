// Issue 15 §6: every list page shows a page at a time, every download has an upper bound, and a request
// body larger than the server reads is refused before it is read.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeKindergarten } from "./fixtures/kindergarten";
import { makeGroupWithChildren } from "./fixtures/attendance";
import { makeDistrict, makeOfficer } from "./fixtures/voucher";
import {
  CONTINGENT_PAGE,
  contingentPage,
  listContingent,
} from "@/lib/kindergarten/contingent/list-contingent";
import { authorityVoucherStates, VOUCHER_PAGE } from "@/lib/voucher/authority-vouchers";
import { DOCUMENTS_PAGE, folderDocuments } from "@/lib/profile/documents";
import { exportRowCount, exportTooLarge, MAX_EXPORT_ROWS } from "@/lib/reports/export";
import type { ReportSection } from "@/lib/reports/table";
import { MAX_BODY_BYTES } from "@/lib/storage/body-limit";
import { MAX_ANY_UPLOAD_BYTES } from "@/lib/storage/any-file-rules";
import proxy from "@/proxy";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(disconnectPrisma);

describe("list pages", () => {
  it("the contingent: at most 100 children a page, the next page the rest, a page past the end the last", async () => {
    const kg = await makeKindergarten(db);
    await makeGroupWithChildren(db, kg.id, { children: CONTINGENT_PAGE + 3, startsOn: "2026-09-01" });
    const filter = { status: "current" as const };
    const first = await contingentPage(kg.id, filter, "2026-11-22", 1);
    expect(first).toMatchObject({ total: CONTINGENT_PAGE + 3, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(CONTINGENT_PAGE);
    const second = await contingentPage(kg.id, filter, "2026-11-22", 2);
    expect(second.rows).toHaveLength(3);
    expect((await contingentPage(kg.id, filter, "2026-11-22", 9)).page).toBe(2);
    // The pages together are the whole list, in its order, each child once.
    const all = await listContingent(kg.id, filter, "2026-11-22");
    expect([...first.rows, ...second.rows].map((r) => r.childId)).toEqual(all.map((r) => r.childId));
    expect(second.rows[0]!.child.representatives).toEqual([]);
  });

  it("the authority's vouchers of a state: 100 a page with the count of all", async () => {
    const { authority, kgs } = await makeDistrict(db, [{ name: "Айгөлек" }]);
    const officer = await makeOfficer(db, authority.id);
    const n = VOUCHER_PAGE + 5;
    const people = await db.person.createManyAndReturn({
      data: Array.from({ length: n + 1 }, (_, i) => ({ lastName: "Бала", firstName: `${i}` })),
      select: { id: true },
    });
    const applicant = people.pop()!;
    const territoryId = kgs[0]!.territoryId;
    const apps = await db.queueApplication.createManyAndReturn({
      data: people.map((p, i) => ({
        number: `Q-${i}`,
        childId: p.id,
        applicantId: applicant.id,
        territoryId,
        birthYear: 2022,
        language: "KK" as const,
        phone: "+77010000000",
        submittedAt: new Date("2026-01-01T00:00:00Z"),
      })),
      select: { id: true, childId: true },
    });
    await db.voucher.createMany({
      data: apps.map((a, i) => ({
        number: `V-${String(i).padStart(4, "0")}`,
        childId: a.childId,
        applicationId: a.id,
        issuedOn: new Date("2026-11-01"),
        issuedAt: new Date(Date.UTC(2026, 10, 1, 0, i)),
        status: "ISSUED" as const,
      })),
    });
    const p1 = await authorityVoucherStates(officer, "ISSUED", 1);
    const p2 = await authorityVoucherStates(officer, "ISSUED", 2);
    expect(p1.total).toBe(n);
    expect(p1.counts.ISSUED).toBe(n);
    expect(p1.list).toHaveLength(VOUCHER_PAGE);
    expect(p2.list).toHaveLength(5);
    expect(new Set([...p1.list, ...p2.list].map((v) => v.id)).size).toBe(n);
  });

  it("an organisation's documents: 50 a page, newest first", async () => {
    const kg = await makeKindergarten(db);
    const uploader = await db.person.create({ data: { lastName: "Әкімші", firstName: "Тест" } });
    const files = await db.storedFile.createManyAndReturn({
      data: Array.from({ length: DOCUMENTS_PAGE + 1 }, (_, i) => ({
        storageKey: `k${i}`,
        fileName: `f${i}.pdf`,
        mimeType: "application/pdf",
        size: 10,
        sha256: "0".repeat(64),
      })),
      select: { id: true },
    });
    await db.document.createMany({
      data: files.map((f, i) => ({
        organizationId: kg.id,
        title: `Құжат ${i}`,
        fileId: f.id,
        uploadedById: uploader.id,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const p1 = (await folderDocuments(kg.id, null, 1))!;
    const p2 = (await folderDocuments(kg.id, null, 2))!;
    expect(p1.total).toBe(DOCUMENTS_PAGE + 1);
    expect(p1.documents).toHaveLength(DOCUMENTS_PAGE);
    expect(p1.documents[0]!.title).toBe(`Құжат ${DOCUMENTS_PAGE}`);
    expect(p2.documents.map((d) => d.title)).toEqual(["Құжат 0"]);
  });
});

describe("downloads", () => {
  const section = (rows: number, totals = false): ReportSection => ({
    id: "list",
    title: "List",
    columns: [{ key: "n", header: "N", kind: "int" }],
    rows: Array.from({ length: rows }, (_, i) => [i]),
    totals: totals ? [rows] : undefined,
  });

  it("above MAX_EXPORT_ROWS a download is refused with a message in the reader's language; at it, written", async () => {
    expect(exportRowCount([section(10, true), section(5)])).toBe(16);
    expect(exportTooLarge("kk", MAX_EXPORT_ROWS)).toBeNull();
    for (const [locale, word] of [
      ["en", "Narrow"],
      ["ru", "Сузьте"],
      ["kk", "тарылтыңыз"],
    ] as const) {
      const refused = exportTooLarge(locale, exportRowCount([section(MAX_EXPORT_ROWS, true)]))!;
      expect(refused.status).toBe(422);
      const text = await refused.text();
      expect(text).toContain(word);
      expect(text.replace(/\D/g, "")).toContain(String(MAX_EXPORT_ROWS + 1));
    }
  });
});

describe("request bodies", () => {
  const post = (length: number, read: { pulled: boolean }) =>
    new NextRequest("http://localhost/ru/org/x/admin/settings", {
      method: "POST",
      headers: { "content-length": String(length), "next-action": "0123abcd" },
      // highWaterMark 0: pulled only when someone reads it
      body: new ReadableStream(
        {
          pull() {
            read.pulled = true;
          },
        },
        { highWaterMark: 0 },
      ),
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);

  it("a body declared larger than the server reads is refused before a byte of it is read, with a message", async () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan(MAX_ANY_UPLOAD_BYTES); // the largest file fits with its form
    const read = { pulled: false };
    const response = proxy(post(MAX_BODY_BYTES + 1, read));
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/21 МБ/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(read.pulled).toBe(false);
    // Within the limit it goes on to the action (which checks each file's own limit).
    expect(proxy(post(MAX_BODY_BYTES, { pulled: false })).status).not.toBe(413);
  });
});
