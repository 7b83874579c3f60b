import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeReportsWorld, type ReportsWorld } from "./fixtures/reports-world";
import { registryReport } from "@/lib/reports/registry-report";
import { runReport } from "@/lib/reports/run";
import type { ReportSearch } from "@/lib/reports/filters";
import { setClock } from "@/lib/clock/clock";
import { cellValue, type ReportSection } from "@/lib/reports/table";

// Report 2 (registry of organisations) against a hand-made world: the subordinate organisations with
// type, structure, address, head, contacts ("no data" where empty), all together or by type; the
// reader's own organisation, the excluded N3 and another district's never listed; the downloads.

const state = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => state.actor }));
const { GET: exportAuthority } =
  await import("@/app/[locale]/(authority)/authority/reports/[report]/export/route");

const db = getPrisma();
const NOW = new Date("2026-11-22T06:00:00Z");
let w: ReportsWorld;

beforeAll(async () => {
  setClock(NOW);
  await resetDatabase();
  w = await makeReportsWorld(db, NOW);
  await db.organization.update({ where: { id: w.orgs.N1.id }, data: { bin: "123456789012" } });
  await db.organizationSettings.create({
    data: {
      organizationId: w.orgs.N1.id,
      legalAddress: "Көкшетау, Абай к-сі, 1",
      phones: "+7 7162 00-00-01",
      email: "n1@example.kz",
    },
  });
  await db.structuralUnit.create({
    data: { organizationId: w.orgs.N1.id, nameKk: "Әдістемелік кабинет", nameRu: "Методический кабинет" },
  });
});
beforeEach(() => {
  state.actor = null;
});
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

const run = (actor: Actor, search: ReportSearch = {}, locale: "en" | "ru" = "en") =>
  runReport(registryReport, { area: "authority", actor, search, now: NOW, locale });
const rows = (s: ReportSection) =>
  s.rows.map((r) => Object.fromEntries(s.columns.map((c, i) => [c.key, cellValue(r[i] ?? null)])));

describe("registry of organisations", () => {
  it("lists the subordinate organisations with their data, 'no data' where a field is empty", async () => {
    const r = await run(w.actors.officerN);
    const [all, types] = r.result.sections;
    expect(all!.title).toBe("All organisations: 2");
    const [n1, n2] = rows(all!);
    expect(n1).toMatchObject({
      name: "«RP-N1» ūiymy",
      type: "State kindergarten",
      district: "North district",
      bin: "123456789012",
      structure: "Ädıstemelık kabinet",
      address: "Legal address: Көкшетау, Абай к-сі, 1",
      contacts: "Phone: +7 7162 00-00-01; E-mail: n1@example.kz",
      licence: "no data",
      accreditation: "no data",
    });
    expect(String(n1!.head)).toMatch(/^Қызметкер-rp\.n1 /);
    expect(n2).toMatchObject({
      name: "«RP-N2» ūiymy",
      type: "Private kindergarten",
      bin: "no data",
      structure: "Independent institution",
      address: "no data",
      head: "no data",
      contacts: "no data",
    });
    expect(types!.rows.map((x) => x.map(cellValue))).toEqual([
      ["Private kindergarten", 1],
      ["State kindergarten", 1],
    ]);
    expect(r.result.chart).toMatchObject({ kind: "bar", data: [{ count: 1 }, { count: 1 }] });
  });

  it("groups by type in the second view; the region sees both districts but never the excluded N3", async () => {
    const r = await run(w.actors.officerR, { view: "byType" }, "ru");
    expect(r.result.sections.map((s) => s.title)).toEqual([
      "Государственный детский сад: 2",
      "Районный отдел образования: 2",
      "Частный детский сад: 1",
      "Организации по типам",
    ]);
    expect(rows(r.result.sections[0]!).map((x) => x.name)).toEqual([
      "Организация «RP-N1»",
      "Организация «RP-S1»",
    ]);
    expect(rows(r.result.sections[0]!)[0]!.structure).toBe("Методический кабинет");
    const south = await run(w.actors.officerS);
    expect(rows(south.result.sections[0]!).map((x) => x.name)).toEqual(["«RP-S1» ūiymy"]);
  });

  it("the XLSX and CSV hold the same rows", async () => {
    state.actor = w.actors.officerN;
    const get = (format: string) =>
      exportAuthority(new Request(`http://localhost/en/authority/reports/registry/export?format=${format}`), {
        params: Promise.resolve({ locale: "en", report: "registry" }),
      });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (await get("xlsx")).arrayBuffer()) as unknown as ArrayBuffer);
    const sheet: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => sheet.push((r.values as unknown[]).slice(1)));
    expect(sheet.find((r) => r[0] === "«RP-N2» ūiymy")).toEqual([
      "«RP-N2» ūiymy",
      "Private kindergarten",
      "North district",
      "no data",
      "Independent institution",
      "no data",
      "no data",
      "no data",
      "no data",
      "no data",
    ]);
    const csv = (await (await get("csv")).text()).trim().split("\r\n");
    expect(csv[0]).toBe(
      "Organisation,Type,District,BIN,Organisational structure,Address,Head,Contacts,Licence,State accreditation certificate",
    );
    expect(csv[2]).toBe(
      "«RP-N2» ūiymy,Private kindergarten,North district,no data,Independent institution,no data,no data,no data,no data,no data",
    );
  });
});
