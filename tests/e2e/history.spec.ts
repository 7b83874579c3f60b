import { expect, test } from "@playwright/test";
import { signInStaff } from "./support/sign-in";
import { query } from "./support/db";

// Issue 15 §5: the history of changes, linked from the child's card, the disputes and the organisation's
// profile, for the kindergarten's administrator and the district's officers; a page at a time.

test("the administrator opens a child's history from the card, in kk and ru, with no IIN shown whole", async ({
  page,
}) => {
  await signInStaff(page, "kg.admin");
  await page.goto("/kk/kindergarten/contingent");
  await page.getByTestId("contingent-row").first().getByRole("link").first().click();
  await expect(page.getByTestId("contingent-child-name")).toBeVisible();
  const name = await page.getByTestId("contingent-child-name").innerText();
  await page.getByTestId("child-history-link").click();
  await expect(page).toHaveURL(/\/kk\/history\/child\//);
  await expect(page.getByTestId("history-subject")).toHaveText(name);
  await expect(page.getByTestId("history-count")).toBeVisible();
  // The same page in Russian; personal data is never shown whole (no 12-digit IIN on the page).
  await page.goto(page.url().replace("/kk/", "/ru/"));
  await expect(page.getByTestId("history")).toBeVisible();
  expect(await page.locator("main").innerText()).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
});

test("a district officer opens a kindergarten's history from its profile, a page at a time", async ({
  page,
}) => {
  const [kg] = await query<{ slug: string; id: string }>(
    `SELECT o.slug, o.id FROM "Organization" o JOIN "Membership" m ON m."organizationId" = o.id
       JOIN "User" u ON u."personId" = m."personId" WHERE u.login = 'kg.admin' AND o.kind = 'KINDERGARTEN' LIMIT 1`,
  );
  // Enough records for a second page.
  await query(
    `INSERT INTO "AuditLog" (action, "entityType", "entityId", "organizationId", after)
     SELECT 'group.update', 'Group', 'e2e-' || g, $1, jsonb_build_object('n', g) FROM generate_series(1, 60) g`,
    [kg!.id],
  );
  await signInStaff(page, "district.admin");
  await page.goto(`/kk/org/${kg!.slug}`);
  await page.getByTestId("profile-history-link").click();
  await expect(page).toHaveURL(new RegExp(`/kk/history/org/${kg!.id}$`));
  await expect(page.getByTestId("history-row")).toHaveCount(50);
  await page.getByTestId("pager-next").click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("history-row").first()).toBeVisible();
});
