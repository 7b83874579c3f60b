import { expect, test } from "@playwright/test";
import en from "../../messages/en.json";
import kk from "../../messages/kk.json";
import ru from "../../messages/ru.json";

const MESSAGES = { kk, ru, en };

for (const [locale, m] of Object.entries(MESSAGES)) {
  test(`an unknown address shows the site's "not found" page in ${locale}, with a way home and the support phone`, async ({
    page,
  }) => {
    const res = await page.goto(`/${locale}/no-such-page/at-all`);
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.errorPage.notFoundTitle);
    await expect(page.locator("footer")).toContainText(/\+7/); // the site's layout, with the support phone
    await page.getByTestId("not-found-home").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  });

  test(`a server error shows the site's error page in ${locale}, with "try again"`, async ({ page }) => {
    await page.goto(`/${locale}/demo/fail`);
    await expect(page.getByTestId("page-error")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.errorPage.errorTitle);
    await expect(page.getByRole("button", { name: m.errorPage.retry })).toBeVisible();
    await expect(page.locator("footer")).toContainText(/\+7/);
  });
}

test("a download that is not there answers in the visitor's language; the icons are served", async ({
  request,
}) => {
  const ru = await request.get("/ru/cabinet/queue/document/no-such-application");
  expect(ru.status()).toBe(404);
  expect(await ru.text()).toBe(MESSAGES.ru.errors.not_found);
  const kk = await request.get("/kk/org/no-such-org/documents/none/file");
  expect(kk.status()).toBe(404);
  expect(await kk.text()).toBe(MESSAGES.kk.errors.not_found);
  for (const icon of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) {
    const r = await request.get(icon);
    expect(r.status(), icon).toBe(200);
    expect(r.headers()["content-type"], icon).toMatch(/image\//);
  }
});
