import { expect, test } from "@playwright/test";
import { signInParent, signInStaff } from "./support/sign-in";
import { iinForPhone, spareParentPhone } from "./support/db";

const AREAS = ["/cabinet", "/kindergarten", "/authority"] as const;

// Opens each audience's area and checks that only the expected one opens.
async function expectOnlyArea(page: import("@playwright/test").Page, allowed: (typeof AREAS)[number]) {
  for (const area of AREAS) {
    await page.goto(`/kk${area}`);
    if (area === allowed) await expect(page).toHaveURL(new RegExp(`/kk${area}$`));
    else await expect(page.getByTestId("no-access")).toBeVisible();
  }
}

test("a parent signs in with a one-time code from the outbox, sees the cabinet and only it", async ({
  page,
}) => {
  await signInParent(page, await spareParentPhone(0));
  await expect(page.getByTestId("cabinet-title")).toBeVisible();
  await expect(page.getByTestId("cabinet-child").first()).toBeVisible();
  await expectOnlyArea(page, "/cabinet");
  await page.goto("/kk");
  await page.getByTestId("sign-out").click();
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  await page.goto("/kk/cabinet");
  await expect(page).toHaveURL(/\/kk\/sign-in$/);
});

test("a phone not linked to the IIN in the mobile-citizens registry gets a clear refusal (ru)", async ({
  page,
}) => {
  const iin = await iinForPhone("+77010000001");
  await page.goto("/ru/sign-in");
  await page.locator("#phone").fill("+7 700 999 99 99");
  await page.locator("#iin").fill(iin);
  await page.getByTestId("send-code").click();
  await expect(page.getByTestId("sign-in-error")).toContainText("БМГ");
});

test("an invalid IIN is refused before anything is sent, in the user's language", async ({ page }) => {
  await page.goto("/kk/sign-in");
  await page.locator("#phone").fill("+77010000001");
  await page.locator("#iin").fill("210315601232");
  await page.getByTestId("send-code").click();
  await expect(page.getByTestId("iin-error")).toContainText("бақылау");
  await page.goto("/en/sign-in");
  await page.locator("#phone").fill("+77010000001");
  await page.locator("#iin").fill("12345");
  await page.getByTestId("send-code").click();
  await expect(page.getByTestId("iin-error")).toHaveText("An IIN has exactly 12 digits.");
});

test("a kindergarten administrator lands on the kindergarten and sees every group", async ({ page }) => {
  await signInStaff(page, "kg.admin");
  await expect(page).toHaveURL(/\/kk\/kindergarten$/);
  expect(await page.getByTestId("kg-group-row").count()).toBeGreaterThan(1);
  await expectOnlyArea(page, "/kindergarten");
});

test("an educator sees only bound groups; one without a binding sees none", async ({ page, browser }) => {
  await signInStaff(page, "educator");
  await expect(page).toHaveURL(/\/kk\/kindergarten$/);
  const bound = await page.getByTestId("kg-group-row").count();
  expect(bound).toBeGreaterThan(0);
  await expectOnlyArea(page, "/kindergarten");

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await signInStaff(page2, "educator.nogroup");
  await expect(page2.getByTestId("kg-no-groups")).toBeVisible();
  await expect(page2.getByTestId("kg-group-row")).toHaveCount(0);
  await other.close();
});

test("authority officers land on the authority home, district and region", async ({ page, browser }) => {
  await signInStaff(page, "district.admin");
  await expect(page).toHaveURL(/\/kk\/authority$/);
  await expect(page.getByTestId("authority-subordinates")).toBeVisible();
  await expectOnlyArea(page, "/authority");

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await signInStaff(page2, "region.admin");
  await expect(page2).toHaveURL(/\/kk\/authority$/);
  await expect(page2.getByTestId("authority-figures")).toBeVisible();
  await other.close();
});

test("a wrong password is refused with a translated message", async ({ page }) => {
  await page.goto("/ru/sign-in?as=staff");
  await page.locator("#login").fill("kg.admin");
  await page.locator("#password").fill("wrong-password");
  await page.getByTestId("staff-submit").click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("Неверный логин или пароль.");
});

test("invited staff must set their own password at the first sign-in", async ({ page }) => {
  await page.goto("/kk/sign-in?as=staff");
  await page.locator("#login").fill("new.educator");
  await page.locator("#password").fill("Temp12345");
  await page.getByTestId("staff-submit").click();
  await expect(page).toHaveURL(/\/kk\/change-password$/);
  await expect(page.getByTestId("must-change")).toBeVisible();
  await page.goto("/kk/kindergarten");
  await expect(page).toHaveURL(/\/kk\/change-password$/);
  await page.locator("#current").fill("Temp12345");
  await page.locator("#next").fill("short");
  await page.locator("#repeat").fill("short");
  await page.getByTestId("change-password-submit").click();
  await expect(page.getByTestId("next-error")).toBeVisible();
  await page.locator("#current").fill("Temp12345");
  await page.locator("#next").fill("MyOwnPass2026");
  await page.locator("#repeat").fill("MyOwnPass2026");
  await page.getByTestId("change-password-submit").click();
  await expect(page).toHaveURL(/\/kk\/kindergarten$/);
});

test("anonymous visitors are sent to sign-in from every area", async ({ page }) => {
  for (const area of AREAS) {
    await page.goto(`/kk${area}`);
    await expect(page).toHaveURL(/\/kk\/sign-in$/);
  }
});

test("a visitor who picks the timesheet service signs in and lands on the timesheet, not the cabinet's front page", async ({
  page,
}) => {
  await page.goto("/kk");
  await page.getByTestId("service-timesheet").click();
  await expect(page).toHaveURL(/\/kk\/sign-in\?next=/);
  await signInParent(page, await spareParentPhone(13), "kk", {
    from: page.url(),
    landsOn: "**/kk/cabinet/timesheet",
  });
});
