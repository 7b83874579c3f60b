import { expect, test, type BrowserContext } from "@playwright/test";
import { signInStaff } from "./support/sign-in";
import { query } from "./support/db";

// Sets "now" for this browser (the server honours it in test mode only).
async function setClock(context: BrowserContext, iso: string, baseURL: string) {
  await context.addCookies([{ name: "bq_now", value: encodeURIComponent(iso), url: baseURL }]);
}

test("an educator marks a whole day in a few keystrokes: the exceptions, then everyone present", async ({
  page,
  context,
  baseURL,
}) => {
  // Tuesday 2 March 2027: a working day after all the demo attendance.
  await setClock(context, "2027-03-02T10:00:00+05:00", baseURL!);
  await signInStaff(page, "educator");
  await page.getByTestId("kg-group-link").first().click();
  await expect(page.getByTestId("attendance-grid")).toBeVisible();
  await expect(page.getByTestId("month-title")).toContainText("2027");
  const rows = await page.getByTestId("attendance-row").count();
  expect(rows).toBeGreaterThan(2);
  // The cell of child i (row) and day j (0-based).
  const cellAt = (i: number, j: number) =>
    page.getByTestId("attendance-row").nth(i).getByRole("gridcell").nth(j);

  // The cursor starts on today's column of the first child: one key per exception.
  const first = cellAt(0, 1);
  await first.click();
  await page.keyboard.press("2"); // illness without certificate; the cursor moves to the next child
  await expect(first).toHaveAttribute("data-reason", "ILLNESS_UNCERTIFIED");
  await expect(cellAt(1, 1)).toBeFocused();
  await page.keyboard.press("0"); // absent, reason not known: a notice goes to the parents
  await expect(cellAt(1, 1)).toHaveAttribute("data-reason", "UNKNOWN");
  await page.getByTestId("mark-all-present").click();
  await expect(page.getByTestId("attendance-message")).toContainText(String(rows - 2));
  for (let i = 2; i < rows; i++) await expect(cellAt(i, 1)).toHaveAttribute("data-status", "PRESENT");
  await expect(first).toHaveAttribute("data-status", "ABSENT");

  // Tomorrow is not markable yet.
  await cellAt(0, 2).click();
  await page.keyboard.press(" ");
  await expect(page.getByTestId("attendance-message")).toBeVisible();
  await expect(cellAt(0, 2)).not.toHaveAttribute("data-status");

  // The notice for the unexplained absence is listed for the educator.
  await page.getByTestId("kg-nav-notices").click();
  await expect(page.getByTestId("staff-notice").first()).toBeVisible();
});

test("an educator corrects a mark of a month the parent confirmed only with a reason (ru)", async ({
  page,
}) => {
  const [target] = await query<{ groupId: string; childId: string; day: number }>(`
    SELECT m."groupId", m."childId", EXTRACT(DAY FROM m.date)::int AS day
    FROM "AttendanceMark" m
    JOIN "Timesheet" t ON t."childId" = m."childId" AND t.year = 2026 AND t.month = 9 AND t.status = 'CONFIRMED'
    JOIN "GroupEducator" ge ON ge."groupId" = m."groupId"
    JOIN "User" u ON u."personId" = ge."personId" AND u.login = 'educator'
    WHERE m.date BETWEEN '2026-09-01' AND '2026-09-30' AND m.status = 'PRESENT'
    ORDER BY m.date LIMIT 1`);
  expect(target, "a confirmed September mark in the educator's groups").toBeTruthy();
  await signInStaff(page, "educator", undefined, "ru");
  await page.goto(`/ru/kindergarten/groups/${target!.groupId}/attendance?month=2026-09`);
  const row = page.locator(`[data-testid="attendance-row"][data-child="${target!.childId}"]`);
  const cell = row.getByRole("gridcell").nth(target!.day - 1);
  await cell.click();
  await page.keyboard.press("1");
  await expect(page.getByTestId("attendance-message")).toContainText("причину исправления");
  await expect(cell).toHaveAttribute("data-status", "PRESENT");
  await page.getByTestId("correction-reason").fill("Справка о болезни принесена позже");
  await cell.click();
  await page.keyboard.press("1");
  await expect(cell).toHaveAttribute("data-reason", "ILLNESS_CERTIFIED");
  const [ts] = await query<{ status: string }>(
    `SELECT status FROM "Timesheet" WHERE "childId" = $1 AND year = 2026 AND month = 9`,
    [target!.childId],
  );
  expect(ts!.status).toBe("CORRECTED");
});

test("an educator without a group binding is refused a group's timesheet by URL", async ({ page }) => {
  const [group] = await query<{ id: string }>(`
    SELECT g.id FROM "Group" g JOIN "Membership" m ON m."organizationId" = g."organizationId"
    JOIN "User" u ON u."personId" = m."personId" AND u.login = 'educator.nogroup' LIMIT 1`);
  await signInStaff(page, "educator.nogroup");
  for (const tab of ["attendance", "summary", "children"]) {
    await page.goto(`/kk/kindergarten/groups/${group!.id}/${tab}`);
    await expect(page.getByTestId("no-access")).toBeVisible();
  }
});

test("the group's month summary adds up and is printable", async ({ page }) => {
  await signInStaff(page, "educator");
  await page.getByTestId("kg-group-link").first().click();
  await page.getByTestId("group-tab-summary").click();
  await page.waitForURL(/\/summary\?month=/);
  const thisMonth = page.url();
  await page.getByTestId("prev-month").click();
  await expect(page).not.toHaveURL(thisMonth);
  await expect(page.getByTestId("summary-row").first()).toBeVisible();
  await expect(page.getByTestId("summary-total-rate")).toContainText("%");
  await expect(page.getByTestId("print")).toBeVisible();
});

test("the group's list of parents masks their phones until the educator opens one (kk)", async ({ page }) => {
  await signInStaff(page, "educator");
  await page.getByTestId("kg-group-link").first().click();
  await expect(page.getByTestId("attendance-grid")).toBeVisible();
  await page.goto(page.url().replace(/\/attendance(\?.*)?$/, "/children"));
  const phone = page.getByTestId("masked-phone").first();
  await expect(phone.locator("summary")).toHaveText(/^\+7 \d{3} \*\*\* \*\* \d{2}$/);
  await expect(phone.locator("a")).toBeHidden();
  await phone.locator("summary").click();
  await expect(phone.locator("a")).toHaveText(/\+?\d[\d\s()-]{9,}/);
  await expect(phone.locator("a")).toHaveAttribute("href", /^tel:\+?\d{10,}$/);
});
