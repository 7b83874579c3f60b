import { expect, type Page } from "@playwright/test";
import { iinForPhone } from "./db";

export const STAFF_PASSWORD = "demo12345";

// Signs a staff member in through the staff form and waits for their home page.
export async function signInStaff(page: Page, login: string, password = STAFF_PASSWORD, locale = "kk") {
  await page.goto(`/${locale}/sign-in?as=staff`);
  await page.getByTestId("staff-sign-in").locator("#login").fill(login);
  await page.locator("#password").fill(password);
  await page.getByTestId("staff-submit").click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in") && !url.pathname.endsWith("/welcome"));
}

// Signs a parent in by one-time code, reading the code from the demo outbox in a second tab.
// `from`: the sign-in page to use (e.g. one with ?next=); `landsOn`: where the parent should end up.
export async function signInParent(
  page: Page,
  phone: string,
  locale = "kk",
  opts: { from?: string; landsOn?: string } = {},
) {
  const iin = await iinForPhone(phone);
  await page.goto(opts.from ?? `/${locale}/sign-in`);
  await page.locator("#phone").fill(phone);
  await page.locator("#iin").fill(iin);
  await page.getByTestId("send-code").click();
  await expect(page.getByTestId("code-sent")).toBeVisible();
  const outbox = await page.context().newPage();
  await outbox.goto(`/${locale}/demo/outbox`);
  const body = await outbox
    .locator(`[data-testid="outbox-message"][data-destination="${phone}"]`)
    .first()
    .getByTestId("outbox-body")
    .innerText();
  await outbox.close();
  const code = /(\d{6})/.exec(body)?.[1];
  expect(code, "a 6-digit code in the outbox").toBeTruthy();
  await page.locator("#code").fill(code!);
  await page.getByTestId("verify-code").click();
  await page.waitForURL(opts.landsOn ?? `**/${locale}/cabinet`);
}
