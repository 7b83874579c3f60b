import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { signInParent } from "./support/sign-in";

async function setClock(context: BrowserContext, iso: string, baseURL: string) {
  await context.addCookies([{ name: "bq_now", value: encodeURIComponent(iso), url: baseURL }]);
}

// Reads the newest code sent to a phone from the demo outbox.
async function codeFromOutbox(page: Page, phone: string, locale: string) {
  const outbox = await page.context().newPage();
  await outbox.goto(`/${locale}/demo/outbox`);
  const body = await outbox
    .locator(`[data-testid="outbox-message"][data-destination="${phone}"]`)
    .first()
    .getByTestId("outbox-body")
    .innerText();
  await outbox.close();
  return /(\d{6})/.exec(body)![1]!;
}

async function chooseChild(page: Page, name: RegExp) {
  const select = page.getByTestId("timesheet-child");
  const value = await select.locator("option", { hasText: name }).getAttribute("value");
  await select.selectOption(value!);
  await page.getByTestId("timesheet-show").click();
  await page.waitForURL(new RegExp(`child=${value}`));
}

test("a parent confirms last month's timesheet with a code, disputes another child's, and is refused on the 11th (kk)", async ({
  page,
  context,
  baseURL,
}) => {
  await signInParent(page, "+77010000001");
  await setClock(context, "2026-12-05T10:00:00+05:00", baseURL!);
  await page.getByTestId("cabinet-nav-timesheet").click();
  await expect(page.getByTestId("timesheet-month")).toHaveValue("2026-11");
  // The month picker speaks the page's language, not the browser's.
  await expect(page.getByTestId("timesheet-month").locator("option:checked")).toHaveText("2026 ж. қараша");

  await chooseChild(page, /Алихан/);
  await expect(page.getByTestId("timesheet-status")).toHaveAttribute("data-status", "open");
  await page.getByTestId("confirm-start").click();
  await expect(page.locator("#confirm-code")).toBeVisible(); // the code has been sent
  await page.locator("#confirm-code").fill(await codeFromOutbox(page, "+77010000001", "kk"));
  await page.getByTestId("confirm-submit").click();
  // The page is re-rendered as confirmed: no confirm button any more, the signed hash shown.
  await expect(page.getByTestId("timesheet-status")).toHaveAttribute("data-status", "confirmed");
  await expect(page.getByTestId("confirm-start")).toHaveCount(0);
  await expect(page.getByTestId("confirmation-info")).toContainText("SHA-256");

  await chooseChild(page, /Айару/);
  await page.getByTestId("dispute").locator("summary").click();
  await page.locator("#reason").fill("18 қарашада бала балабақшада болды");
  await page.getByTestId("dispute-form").locator('input[name="days"]').first().check();
  await page.getByTestId("dispute-form-submit").click();
  // The page re-renders as disputed, with the disagreement waiting for the kindergarten's answer.
  await expect(page.getByTestId("timesheet-status")).toHaveAttribute("data-status", "disputed");
  await expect(page.getByTestId("dispute-item")).toContainText("18 қарашада");

  // 00:00 on the 11th in Almaty: the window has closed.
  await setClock(context, "2026-12-11T00:00:00+05:00", baseURL!);
  await page.goto(page.url().replace(/month=[\d-]+/, "month=2026-11"));
  await chooseChild(page, /Алихан/);
  await expect(page.getByTestId("confirm-start")).toHaveCount(0);
});

test("a parent binds a child by IIN; a wrong IIN is refused without saying whose it is (ru)", async ({
  page,
}) => {
  await signInParent(page, "+77010000002", "ru");
  await page.goto("/ru/cabinet/timesheet");
  await expect(page.getByTestId("no-bound-children")).toBeVisible();
  await page.locator("#iin").fill("210315601232");
  await page.getByTestId("bind-form-submit").click();
  await expect(page.getByTestId("iin-error")).toContainText("контрольная цифра");
  await page.locator("#iin").fill("210412552871"); // a child of another family
  await page.getByTestId("bind-form-submit").click();
  await expect(page.getByTestId("bind-form-message")).toContainText("Вы не записаны законным представителем");
  await page.locator("#iin").fill("220520667311");
  await page.getByTestId("bind-form-submit").click();
  await expect(page.getByTestId("timesheet-child")).toContainText("Алиса");
  await expect(page.getByTestId("timesheet-sheet")).toBeVisible();
});
