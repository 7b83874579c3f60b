import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { MemberRole, QualificationCategory } from "@/lib/generated/prisma/enums";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeReportsWorld, type ReportsWorld } from "./fixtures/reports-world";
import { attestationReport } from "@/lib/reports/attestation";
import { runReport } from "@/lib/reports/run";
import type { ReportSearch } from "@/lib/reports/filters";
import { setClock } from "@/lib/clock/clock";
import { cellValue, type ReportSection } from "@/lib/reports/table";

// Report 1 (staff attestation) against a hand-made world: pedagogical staff by role × category (not
// stated where none is recorded), the role and category pickers from the address, per organisation;
// staff who left, non-pedagogical roles, South and the excluded N3 never counted; the downloads.

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
  const staff = async (
    organizationId: string,
    role: MemberRole,
    qualification: QualificationCategory | null,
    leftAt: Date | null = null,
  ) => {
    const p = await w.person("Педагог", "1985-05-05");
    await db.membership.create({
      data: {
        personId: p.id,
        organizationId,
        role,
        qualification,
        arrivedAt: new Date("2024-09-01"),
        leftAt,
      },
    });
  };
  const { N1, N2, N3, S1 } = w.orgs;
  await db.membership.updateMany({
    where: { personId: w.people.directorN1.person.id },
    data: { qualification: "SECOND" },
  });
  await staff(N1.id, "EDUCATOR", "PEDAGOG_EXPERT");
  await staff(N1.id, "EDUCATOR", "PEDAGOG_MASTER");
  await staff(N1.id, "METHODOLOGIST", "HIGHEST");
  await staff(N1.id, "MUSIC_TEACHER", "FIRST");
  await staff(N1.id, "EDUCATOR", "PEDAGOG", new Date("2026-08-31")); // left
  await staff(N1.id, "NURSE", null); // not pedagogical
  await staff(N2.id, "EDUCATOR", "PEDAGOG_EXPERT");
  await staff(N2.id, "KG_DEPUTY", "NONE");
  await staff(S1.id, "EDUCATOR", "PEDAGOG_EXPERT");
  await staff(N3.id, "EDUCATOR", "PEDAGOG");
});
beforeEach(() => {
  state.actor = null;
});
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

const run = (actor: Actor, search: ReportSearch = {}) =>
  runReport(attestationReport, { area: "authority", actor, search, now: NOW, locale: "en" });
function table(s: ReportSection) {
  return s.rows.map((r) => r.map(cellValue));
}

describe("staff attestation report", () => {
  it("counts the pedagogical staff by role and category, with totals", async () => {
    const r = await run(w.actors.officerN);
    const [byRole, byOrg] = r.result.sections;
    expect(byRole!.columns.map((c) => c.header)).toEqual([
      "Role",
      "Teacher-intern",
      "Teacher",
      "Teacher-moderator",
      "Teacher-expert",
      "Teacher-researcher",
      "Teacher-master",
      "Highest category",
      "First category",
      "Second category",
      "No category",
      "Not stated",
      "Total",
    ]);
    expect(table(byRole!)).toEqual([
      ["Director", 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1],
      ["Deputy director", 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1],
      ["Methodologist", 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1],
      ["Educator", 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 1, 4],
      ["Music teacher", 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1],
      ["Assistant educator", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(byRole!.totals!.map(cellValue)).toEqual(["Total", 0, 0, 0, 2, 0, 1, 1, 1, 1, 1, 1, 8]);
    expect(table(byOrg!).map((r) => [r[0], r.at(-1)])).toEqual([
      ["RP-N1", 6],
      ["RP-N2", 2],
    ]);
    expect(r.result.chart).toMatchObject({ kind: "stacked", x: "category" });
  });

  it("the role and category pickers narrow the table", async () => {
    const r = await run(w.actors.officerN, {
      roles: "EDUCATOR",
      categories: ["PEDAGOG_EXPERT", "PEDAGOG_MASTER"],
    });
    expect(r.controls.map((c) => (c.kind === "checks" ? c.values : null))).toEqual([
      ["EDUCATOR"],
      ["PEDAGOG_EXPERT", "PEDAGOG_MASTER"],
    ]);
    expect(table(r.result.sections[0]!)).toEqual([["Educator", 2, 1, 3]]);
    expect(r.lines).toContainEqual(["Roles", "Educator"]);
    // An unknown role falls back to all, with a note.
    const bad = await run(w.actors.officerN, { roles: "PILOT" });
    expect(bad.notes).toEqual([expect.stringContaining("“Roles”")]);
    expect(table(bad.result.sections[0]!)).toHaveLength(6);
  });

  it("never counts South or the excluded N3; the region sees both districts", async () => {
    const south = await run(w.actors.officerS);
    expect(south.result.sections[0]!.totals!.at(-1)).toBe(1);
    const region = await run(w.actors.officerR);
    expect(region.result.sections[0]!.totals!.at(-1)).toBe(9);
  });

  it("the XLSX and CSV hold the same numbers; ticked boxes reach the download", async () => {
    state.actor = w.actors.officerN;
    const q = new URLSearchParams([
      ["roles", "EDUCATOR"],
      ["roles", "METHODOLOGIST"],
      ["format", "xlsx"],
    ]);
    const res = await exportAuthority(
      new Request(`http://localhost/en/authority/reports/attestation/export?${q}`),
      {
        params: Promise.resolve({ locale: "en", report: "attestation" }),
      },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["Roles", "Methodologist, Educator"]);
    expect(rows).toContainEqual(["Educator", 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 1, 4]);
    expect(rows).toContainEqual(["Total", 0, 0, 0, 2, 0, 1, 1, 0, 0, 0, 1, 5]);
    q.set("format", "csv");
    const csv = await exportAuthority(
      new Request(`http://localhost/en/authority/reports/attestation/export?${q}`),
      {
        params: Promise.resolve({ locale: "en", report: "attestation" }),
      },
    );
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines.slice(1)).toEqual([
      "Methodologist,0,0,0,0,0,0,1,0,0,0,0,1",
      "Educator,0,0,0,2,0,1,0,0,0,0,1,4",
      "Total,0,0,0,2,0,1,1,0,0,0,1,5",
    ]);
  });
});
