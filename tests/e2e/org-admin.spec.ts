import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { query } from "./support/db";
import { signInStaff } from "./support/sign-in";

// The organisation's administration (SPEC §3.2, seed 002 "Настройки"): the district department's
// administrator uploads a logo — a 3000×3000 PNG is stored and served at 150×150, a 5 MB file and a text
// file named logo.png are refused with their reasons — and switches the forum on, off and on again: its tab
// goes and comes back with its topics. Someone else's administration is closed.

const DISTRICT = "kokshetau-education";
const SETTINGS = `/kk/org/${DISTRICT}/admin/settings`;

async function tabs(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="profile-tab-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.replace("profile-tab-", "")));
}

async function setForum(page: Page, on: boolean) {
  await page.goto(`${SETTINGS}#features`);
  const box = page.getByTestId("org-featureForum");
  if (on) await box.check();
  else await box.uncheck();
  await page.getByTestId("org-features-form-submit").click();
  await expect(page.getByTestId("org-features-form-message")).toBeVisible();
}

test("the district administrator uploads a logo: 3000×3000 is stored at 150×150; 5 MB and a renamed text are refused", async ({
  page,
}) => {
  await signInStaff(page, "district.admin");
  await page.goto(SETTINGS);
  await expect(page.getByTestId("org-admin-nav-subordinates")).toBeVisible();
  const form = page.getByTestId("org-logo-form");

  // A 5 MB file: refused for its size.
  await form.locator("#org-logo").setInputFiles({
    name: "huge.png",
    mimeType: "image/png",
    buffer: Buffer.alloc(5 * 1024 * 1024, 7),
  });
  await form.getByTestId("org-logo-form-submit").click();
  await expect(page.getByTestId("org-logo-error")).toContainText("4 МБ");

  // Text bytes named logo.png: refused for what it is, whatever its name.
  await form.locator("#org-logo").setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: Buffer.from("This is not a picture, only text pretending to be one."),
  });
  await form.getByTestId("org-logo-form-submit").click();
  await expect(page.getByTestId("org-logo-error")).toContainText("JPG");
  await expect(page.getByTestId("org-logo-none")).toBeVisible();

  // A 3000×3000 PNG: accepted and stored at 150×150.
  const big = await sharp({
    create: { width: 3000, height: 3000, channels: 4, background: { r: 10, g: 110, b: 190, alpha: 1 } },
  })
    .png()
    .toBuffer();
  await form
    .locator("#org-logo")
    .setInputFiles({ name: "logo-3000.png", mimeType: "image/png", buffer: big });
  await form.getByTestId("org-logo-form-submit").click();
  await expect(page.getByTestId("org-logo-form-message")).toBeVisible();
  await expect(page.getByTestId("org-logo-current")).toBeVisible();

  const res = await page.request.get(`/api/org/${DISTRICT}/logo`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const served = await sharp(await res.body()).metadata();
  expect([served.width, served.height]).toEqual([150, 150]);
  // The image as the browser shows it.
  const natural = await page
    .getByTestId("org-logo-current")
    .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(natural).toEqual([150, 150]);

  // Remove it again (the demo goes on without a logo).
  await page.getByTestId("org-logo-remove-submit").click();
  await expect(page.getByTestId("org-logo-none")).toBeVisible();
  expect((await page.request.get(`/api/org/${DISTRICT}/logo`)).status()).toBe(404);
});

test("the district administrator turns the forum on, off and on again: nothing is lost", async ({ page }) => {
  const [before] = await query<{ featureForum: boolean }>(
    `SELECT s."featureForum" FROM "OrganizationSettings" s JOIN "Organization" o ON o.id = s."organizationId"
     WHERE o.slug = $1`,
    [DISTRICT],
  );
  try {
    await signInStaff(page, "district.admin");
    await setForum(page, true);
    await page.goto(`/kk/org/${DISTRICT}/forum`);
    const title = `Кезек туралы ${Date.now()}`;
    await page.locator("#topic-title").fill(title);
    await page.locator("#topic-body").fill("Сұрақтарыңызды жазыңыз.");
    await page.getByTestId("topic-create-submit").click();
    await expect(page.getByTestId("forum-topic").filter({ hasText: title })).toBeVisible();

    await setForum(page, false);
    await page.goto(`/kk/org/${DISTRICT}`);
    expect(await tabs(page)).not.toContain("forum");

    await setForum(page, true);
    await page.goto(`/kk/org/${DISTRICT}`);
    expect(await tabs(page)).toContain("forum");
    await page.getByTestId("profile-tab-forum").click();
    await expect(page.getByTestId("forum-topic").filter({ hasText: title })).toBeVisible();
  } finally {
    await query(
      `UPDATE "OrganizationSettings" SET "featureForum" = $2
       WHERE "organizationId" = (SELECT id FROM "Organization" WHERE slug = $1)`,
      [DISTRICT, before?.featureForum ?? false],
    );
  }
});

test("a kindergarten's administrator cannot open the district department's administration", async ({
  page,
}) => {
  await signInStaff(page, "kg.admin");
  await page.goto(SETTINGS);
  await expect(page.getByTestId("no-access")).toBeVisible();
  await page.goto(`/kk/org/${DISTRICT}/admin/subordinates`);
  await expect(page.getByTestId("no-access")).toBeVisible();
});
