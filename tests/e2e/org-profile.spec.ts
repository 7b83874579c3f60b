import { expect, test, type Page } from "@playwright/test";
import { query } from "./support/db";
import { signInStaff } from "./support/sign-in";

// The public profile of an organisation (SPEC §3.1): the regional department's profile, structure and
// documents for an anonymous visitor; a district department from the home page's district selector; a
// kindergarten's profile from the registry of places; People for the department's own staff only, with
// the count; the forum switched off (in the database, as the administrator's Features setting does) and
// on again — its tab goes and comes back with its topics.

const REGION = "akmola-education";
const DISTRICT = "kokshetau-education";

const setForum = (slug: string, on: boolean) =>
  query(
    `UPDATE "OrganizationSettings" SET "featureForum" = $2
     WHERE "organizationId" = (SELECT id FROM "Organization" WHERE slug = $1)`,
    [slug, on],
  );

async function tabs(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="profile-tab-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.replace("profile-tab-", "")));
}

test("an anonymous visitor opens the regional department's profile, its structure and its documents", async ({
  page,
}) => {
  await page.goto(`/kk/org/${REGION}`);
  await expect(page.getByTestId("profile-name")).toHaveText("Ақмола облысының білім басқармасы");
  expect(await tabs(page)).toEqual(["profile", "structure", "documents", "forum", "feedback"]);
  await expect(page.getByTestId("profile-admin-link")).toHaveCount(0);
  await expect(page.getByTestId("profile-description")).toContainText("Ақмола облысындағы");
  await expect(page.getByTestId("profile-contacts")).toContainText("info@edu-akmola.kz");
  await expect(page.getByTestId("profile-news-item").first()).toBeVisible();
  await expect(page.getByTestId("profile-leader").first()).toBeVisible();
  await expect(page.getByTestId("wall-form")).toHaveCount(0);

  await page.getByTestId("profile-tab-structure").click();
  await expect(page).toHaveURL(new RegExp(`/kk/org/${REGION}/structure$`));
  await expect(page.getByTestId("structure-unit")).toHaveCount(2);
  await expect(page.getByTestId("structure-leader").first()).toBeVisible();
  const district = page.locator(`[data-testid="structure-subordinate"][data-slug="${DISTRICT}"]`);
  await expect(district).toBeVisible();

  await page.getByTestId("profile-tab-documents").click();
  await expect(page.getByTestId("documents-folder")).toHaveCount(3);
  await page.getByTestId("documents-folder").first().click();
  await expect(page.getByTestId("documents-empty")).toBeVisible();
  await expect(page.getByTestId("documents-upload-card")).toHaveCount(0);

  await page.getByTestId("profile-tab-structure").click();
  await district.click();
  await expect(page).toHaveURL(new RegExp(`/kk/org/${DISTRICT}$`));
  await expect(page.getByTestId("profile-name")).toHaveText("Көкшетау қаласы бойынша білім бөлімі");

  // the same profile in Russian
  await page.goto(`/ru/org/${REGION}`);
  await expect(page.getByTestId("profile-name")).toHaveText("Управление образования Акмолинской области");
  await expect(page.getByTestId("profile-tab-structure")).toHaveText("Структура");
});

test("the home page's district selector leads to the district department's profile", async ({ page }) => {
  await page.goto("/kk");
  await page.getByTestId("district-select").selectOption("kokshetau");
  const link = page.getByTestId("district-department-link");
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/kk/org/${DISTRICT}$`));
  await expect(page.getByTestId("org-profile")).toHaveAttribute("data-org-kind", "DISTRICT_AUTHORITY");
});

test("a kindergarten's profile from the registry of places", async ({ page }) => {
  await page.goto("/kk/places?district=kokshetau");
  const link = page.getByTestId("place-kindergarten-link").first();
  await expect(link).toBeVisible();
  const name = await link.innerText();
  await link.click();
  await expect(page).toHaveURL(/\/kk\/org\/kokshetau-[a-z]+$/);
  await expect(page.getByTestId("org-profile")).toHaveAttribute("data-org-kind", "KINDERGARTEN");
  await expect(page.getByTestId("profile-name")).toHaveText(name);
  // kindergartens have the forum off: no Forum tab; no news yet: a clear empty state
  expect(await tabs(page)).not.toContain("forum");
  await expect(page.getByTestId("profile-news-empty")).toBeVisible();
});

test("People: the department's own staff see it with the count; the public and another organisation do not", async ({
  page,
  browser,
}) => {
  await page.goto(`/kk/org/${REGION}/people`);
  await expect(page).toHaveURL(/\/kk\/sign-in/);

  await signInStaff(page, "region.admin");
  await page.goto(`/kk/org/${REGION}`);
  expect(await tabs(page)).toContain("people");
  await expect(page.getByTestId("profile-admin-link")).toHaveAttribute(
    "href",
    `/kk/org/${REGION}/admin/settings`,
  );
  await page.getByTestId("profile-tab-people").click();
  const count = page.getByTestId("people-count");
  await expect(count).toContainText("Адамдар саны:");
  const all = Number(await count.getAttribute("data-count"));
  expect(all).toBeGreaterThan(50);
  await expect(page.getByTestId("people-row")).toHaveCount(50);
  await expect(page.getByTestId("people-next")).toBeVisible();

  await page.getByTestId("people-cat-own").click();
  await expect(page).toHaveURL(/[?&]cat=own/);
  const own = Number(await count.getAttribute("data-count"));
  expect(own).toBeGreaterThan(0);
  expect(own).toBeLessThan(all);
  await page.locator("#people-q").fill("Садықова");
  await page.getByTestId("people-search").getByRole("button").click();
  // Everyone found bears the name; the administrator herself is among them, registered.
  await expect(page).toHaveURL(/[?&]q=/);
  const found = Number(await count.getAttribute("data-count"));
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(all);
  for (const row of await page.getByTestId("people-row").all()) await expect(row).toContainText("Садықова");
  await expect(
    page.locator('[data-testid="people-row"][data-registered="1"]').filter({ hasText: "Мадина" }).first(),
  ).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInStaff(otherPage, "district.admin");
  await otherPage.goto(`/kk/org/${REGION}`);
  expect(await tabs(otherPage)).not.toContain("people");
  await otherPage.goto(`/kk/org/${REGION}/people`);
  await expect(otherPage.getByTestId("no-access")).toBeVisible();
  await other.close();
});

test("the forum switched off hides its tab, and on again brings its topics back", async ({ page }) => {
  try {
    await signInStaff(page, "region.admin");
    await page.goto(`/kk/org/${REGION}/forum`);
    const title = `Жазғы жинақтау ${Date.now()}`;
    await page.locator("#topic-title").fill(title);
    await page.locator("#topic-body").fill("Кестені талқылайық.");
    await page.getByTestId("topic-create-submit").click();
    await expect(page.getByTestId("topic-create-message")).toBeVisible();
    await expect(page.getByTestId("forum-topic").filter({ hasText: title })).toBeVisible();

    await setForum(REGION, false);
    await page.goto(`/kk/org/${REGION}`);
    expect(await tabs(page)).not.toContain("forum");
    const hidden = await page.goto(`/kk/org/${REGION}/forum`);
    expect(hidden?.status()).toBe(404);

    await setForum(REGION, true);
    await page.goto(`/kk/org/${REGION}`);
    expect(await tabs(page)).toContain("forum");
    await page.getByTestId("profile-tab-forum").click();
    await expect(page.getByTestId("forum-topic").filter({ hasText: title })).toBeVisible();
  } finally {
    await setForum(REGION, true);
  }
});
