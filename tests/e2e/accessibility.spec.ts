import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInParent, signInStaff } from "./support/sign-in";

// axe-core on every audience's main pages (WCAG 2 A and AA rules): no serious or critical violation.
async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const grave = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(" | ")}`,
    );
  expect(grave, `${path}: serious or critical accessibility violations`).toEqual([]);
}

test("public pages: home, sign-in, registry, protocol, instructions (kk) and the home page (ru)", async ({
  page,
}) => {
  for (const path of [
    "/kk",
    "/kk/sign-in",
    "/kk/sign-in?as=staff",
    "/kk/places",
    "/kk/protocol",
    "/kk/instructions",
    "/ru",
  ])
    await expectAccessible(page, path);
});

test("a parent's cabinet, timesheet and queue", async ({ page }) => {
  await signInParent(page, "+77010000002");
  for (const path of ["/kk/cabinet", "/kk/cabinet/timesheet", "/kk/cabinet/queue"])
    await expectAccessible(page, path);
});

test("an educator's home and attendance grid", async ({ page }) => {
  await signInStaff(page, "educator");
  await expectAccessible(page, "/kk/kindergarten");
  await page.getByTestId("kg-group-link").first().click();
  await expect(page.getByTestId("attendance-grid")).toBeVisible();
  await expectAccessible(page, page.url());
});

test("a kindergarten administrator's home, staff, contingent, places and vouchers", async ({ page }) => {
  await signInStaff(page, "kg.admin");
  for (const path of [
    "/kk/kindergarten",
    "/kk/kindergarten/staff",
    "/kk/kindergarten/contingent",
    "/kk/kindergarten/places",
    "/kk/kindergarten/vouchers",
    "/kk/kindergarten/disputes",
  ])
    await expectAccessible(page, path);
});

test("an education officer's home, reports, announcements, vouchers and disputes", async ({ page }) => {
  await signInStaff(page, "district.admin");
  for (const path of [
    "/kk/authority",
    "/kk/authority/reports",
    "/kk/authority/announcements",
    "/kk/authority/vouchers",
    "/kk/authority/disputes",
    "/kk/authority/recruitment",
  ])
    await expectAccessible(page, path);
});
