import { expect, test } from "@playwright/test";

test("the home page offers the services, the district selector, instructions and support", async ({
  page,
}) => {
  await page.goto("/");
  // The root redirects to a language (the browser's, else Kazakh); the rest of this test reads Kazakh.
  await expect(page).toHaveURL(/\/(kk|ru|en)$/);
  await page.goto("/kk");
  for (const s of ["queue", "timesheet", "places", "protocol"])
    await expect(page.getByTestId(`service-${s}`)).toBeVisible();
  await expect(page.getByTestId("fraud-warning")).toBeVisible();
  await expect(page.locator("footer")).toContainText("09:00–18:00");

  await page.getByTestId("district-select").selectOption({ label: "Есіл ауданы" });
  await expect(page.getByTestId("district-stats")).toBeVisible();
  await page.getByTestId("service-places").click();
  await expect(page).toHaveURL(/\/kk\/places$/);
  // The registry opens filtered by the district chosen on the home page.
  await expect(page.getByTestId("places-filter-district")).toHaveValue("esil");
});

test("the language switcher keeps the page and changes every text", async ({ page }) => {
  await page.goto("/kk/instructions");
  await expect(page.locator("h1")).toHaveText("Нұсқаулықтар");
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await page.getByTestId("lang-ru").click();
  await expect(page).toHaveURL(/\/ru\/instructions$/);
  await expect(page.locator("h1")).toHaveText("Инструкции");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByTestId("lang-en").click();
  await expect(page).toHaveURL(/\/en\/instructions$/);
  await expect(page.locator("h1")).toHaveText("Instructions");
  await page.getByTestId("lang-kk").click();
  await expect(page.locator("h1")).toHaveText("Нұсқаулықтар");
});

test("public registry of free places and the release protocol are readable without signing in", async ({
  page,
}) => {
  await page.goto("/ru/places");
  await expect(page.locator("h1")).toHaveText("Реестр свободных мест");
  await expect(page.getByTestId("place-row").first()).toBeVisible();
  await page.goto("/ru/protocol");
  await expect(page.getByTestId("protocol-row").first()).toBeVisible();
});

test("the English pages name kindergartens in the Kazakh Latin alphabet, not in Cyrillic", async ({
  page,
}) => {
  await page.goto("/en/places");
  const names = await page.getByTestId("place-kindergarten-link").allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).not.toMatch(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
});

test("an unknown language is a 404, not a broken page", async ({ page }) => {
  const res = await page.goto("/de/instructions");
  expect(res?.status()).toBe(404);
});
