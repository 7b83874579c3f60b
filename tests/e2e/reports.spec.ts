import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { signInStaff } from "./support/sign-in";

// Reports (issue 19): the Kokshetau officer opens the attendance report from the reports list, narrows
// it to «Балапан» and one month, sees the chart and the table (the table's total is the month's marks
// in the database), downloads the XLSX (it opens with exceljs, with the same total) and prints it; the
// Zerendi officer given the same address sees a note and only Zerendi's kindergartens, and the download
// of «Балапан» is refused.

async function balapan() {
  const [row] = await query<{ id: string; month: string; marked: number; present: number }>(`
    SELECT o.id, to_char(max(m.date), 'YYYY-MM') AS month FROM "Organization" o
    JOIN "AttendanceMark" m ON m."organizationId" = o.id
    WHERE o.slug = 'kokshetau-balapan' AND m.date <= current_date GROUP BY o.id`); // the pickers end at this month
  const [counts] = await query<{ marked: number; present: number }>(
    `SELECT count(*)::int AS marked, count(*) FILTER (WHERE status = 'PRESENT')::int AS present
     FROM "AttendanceMark" WHERE "organizationId" = $1 AND to_char(date, 'YYYY-MM') = $2`,
    [row!.id, row!.month],
  );
  return { id: row!.id, month: row!.month, ...counts! };
}

const digits = (s: string) => Number(s.replace(/\D/g, ""));

test("an officer filters the attendance report to one kindergarten and month, sees the chart and table, downloads XLSX and prints", async ({
  page,
}) => {
  const kg = await balapan();
  await signInStaff(page, "district.admin");
  await page.getByTestId("authority-nav-reports").click();
  await expect(page.getByTestId("report-list")).toBeVisible();
  await page.getByTestId("report-link-attendance").click();
  await expect(page.getByTestId("report-title")).toHaveText("Келу");

  const filters = page.getByTestId("report-filters");
  await filters.getByTestId("report-filter-org").selectOption(kg.id);
  await filters.getByTestId("report-filter-from").selectOption(kg.month);
  await filters.getByTestId("report-filter-to").selectOption(kg.month);
  await filters.getByTestId("report-apply").click();
  await page.waitForURL(
    (u) => u.searchParams.get("org") === kg.id && u.searchParams.get("from") === kg.month,
  );

  await expect(page.getByTestId("report-chart").locator("svg.recharts-surface").first()).toBeVisible();
  const table = page.getByTestId("report-section-organisation");
  await expect(table.getByTestId("report-row")).toHaveCount(1);
  await expect(table.getByTestId("report-row")).toContainText("Балапан");
  const totals = table.getByTestId("report-totals");
  expect(digits(await totals.locator('[data-col="marked"]').innerText())).toBe(kg.marked);
  expect(digits(await totals.locator('[data-col="present"]').innerText())).toBe(kg.present);
  await expect(page.getByTestId("report-how-built")).toBeVisible();

  // The XLSX download: the file arrives, opens with exceljs and holds the same total.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("report-export-xlsx").click(),
  ]);
  expect(download.suggestedFilename()).toBe(`attendance-${kg.month}_${kg.month}.xlsx`);
  const file = await download.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file!) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  let headerRow = 0;
  sheet.eachRow((r, n) => {
    const v = (r.values as unknown[]).slice(1);
    if (v[0] === "Ұйым" && v[1] === "Аудан") headerRow = n;
  });
  expect(headerRow).toBeGreaterThan(1); // the filters are written above the table
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
  const total = rows.find((r) => r[0] === "Барлығы" && typeof r[3] === "number")!;
  expect(total[3]).toBe(kg.marked);
  expect(total[4]).toBe(kg.present);

  // Print: the filters in words and the table, not the form.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("report-summary")).toBeVisible();
  await expect(page.getByTestId("report-section-organisation").getByTestId("report-table")).toBeVisible();
  await expect(page.getByTestId("report-filters")).toBeHidden();
  await expect(page.getByTestId("report-actions")).toBeHidden();
});

test("an officer of another district gets none of the figures of this district's kindergarten", async ({
  page,
}) => {
  const kg = await balapan();
  await signInStaff(page, "zerendi.admin");
  await page.goto(`/kk/authority/reports/attendance?org=${kg.id}&from=${kg.month}&to=${kg.month}`);
  // The foreign organisation falls back (with a note) to the officer's own district: nothing of «Балапан».
  await expect(page.getByTestId("report-notes")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("Балапан");
  const res = await page.request.get(
    `/kk/authority/reports/attendance/export?org=${kg.id}&from=${kg.month}&to=${kg.month}&format=csv`,
  );
  expect(res.status()).toBe(404);
  // The kindergarten's own reports are not an officer's.
  await page.goto("/kk/kindergarten/reports/attendance");
  await expect(page).toHaveURL(/\/no-access/);
});

test("a kindergarten's administrator sees their own kindergarten's reports only", async ({ page }) => {
  await signInStaff(page, "kg.admin");
  await page.getByTestId("kg-nav-reports").click();
  const list = page.getByTestId("report-list");
  for (const id of ["organisation", "attendance", "timesheets", "staffing"])
    await expect(list.getByTestId(`report-link-${id}`)).toBeVisible();
  for (const id of ["attestation", "registry", "activity", "queue"])
    await expect(list.getByTestId(`report-link-${id}`)).toHaveCount(0);
  await list.getByTestId("report-link-attendance").click();
  // No territory or organisation filters: the report is their kindergarten's, by group.
  await expect(page.getByTestId("report-filter-org")).toHaveCount(0);
  await expect(page.getByTestId("report-section-group").getByTestId("report-row").first()).toBeVisible();
  await expect(page.getByTestId("report-summary")).toContainText("Балапан");
  // An authority's report is not theirs.
  await page.goto("/kk/authority/reports/queue");
  await expect(page).toHaveURL(/\/no-access/);
});
