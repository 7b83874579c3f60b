import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { signInParent, signInStaff } from "./support/sign-in";

// The dispute's life across three roles, each in their own browser context: the parent disputes
// Айару's December (so the November journeys of parent-timesheet.spec.ts are untouched), «Балапан»'s
// administrator rejects it with reasons, the parent takes it to the Kokshetau education department,
// whose administrator decides for the kindergarten; the parent is then told to confirm by a date.

async function setClock(context: BrowserContext, iso: string, baseURL: string) {
  await context.addCookies([{ name: "bq_now", value: encodeURIComponent(iso), url: baseURL }]);
}

async function chooseChild(page: Page, name: RegExp) {
  const select = page.getByTestId("timesheet-child");
  const value = await select.locator("option", { hasText: name }).getAttribute("value");
  await select.selectOption(value!);
  await page.getByTestId("timesheet-show").click();
  await page.waitForURL(new RegExp(`child=${value}`));
}

test("a kindergarten rejects a dispute, the parent escalates, the officer decides (kk)", async ({
  browser,
  baseURL,
}) => {
  // The parent disputes December on 5 January (inside its window).
  const parentCtx = await browser.newContext({ baseURL });
  const parent = await parentCtx.newPage();
  await signInParent(parent, "+77010000001");
  await setClock(parentCtx, "2027-01-05T10:00:00+05:00", baseURL!);
  await parent.goto("/kk/cabinet/timesheet");
  await expect(parent.getByTestId("timesheet-month")).toHaveValue("2026-12");
  await chooseChild(parent, /Айару/);
  await parent.getByTestId("dispute").locator("summary").click();
  await parent.locator("#reason").fill("Желтоқсанның соңғы аптасында бала ауырды, анықтама бар");
  await parent.getByTestId("dispute-form-submit").click();
  await expect(parent.getByTestId("timesheet-status")).toHaveAttribute("data-status", "disputed");
  await expect(parent.getByTestId("dispute-item")).toHaveAttribute("data-status", "OPEN");
  const timesheetUrl = parent.url();

  // The kindergarten rejects it, with its reasons, the next day. A rejection without reasons is refused.
  const kgCtx = await browser.newContext({ baseURL });
  const kg = await kgCtx.newPage();
  await signInStaff(kg, "kg.admin");
  await setClock(kgCtx, "2027-01-06T10:00:00+05:00", baseURL!);
  await kg.goto("/kk/kindergarten/disputes");
  const row = kg.getByTestId("dispute-row").filter({ hasText: "Желтоқсанның соңғы аптасында" });
  await expect(row).toHaveAttribute("data-status", "OPEN");
  const reject = row.locator('form[data-testid^="reject-"]');
  await reject.locator("button[type=submit]").click();
  await expect(reject.locator("textarea")).toHaveAttribute("aria-invalid", "true");
  await reject.locator("textarea").fill("Журнал бойынша бала келді, анықтама балабақшаға берілмеді");
  await reject.locator("button[type=submit]").click();
  await expect(row).toHaveAttribute("data-status", "REJECTED");

  // The parent sees the rejection with what to do next, and takes it to the department.
  await setClock(parentCtx, "2027-01-07T10:00:00+05:00", baseURL!);
  await parent.goto(timesheetUrl);
  const item = parent.getByTestId("dispute-item");
  await expect(item).toHaveAttribute("data-status", "REJECTED");
  await expect(item).toContainText("Журнал бойынша бала келді");
  await expect(parent.getByTestId("dispute-next")).toContainText("11.01.2027");
  await parent.getByTestId("escalate").locator("summary").click();
  await parent.locator("#escalate-reason").fill("Анықтаманы тәрбиешіге 28 желтоқсанда бердім");
  await parent.getByTestId("escalate-form-submit").click();
  await expect(item).toHaveAttribute("data-status", "ESCALATED");
  // Thursday 7 January + 10 working days: the officer decides by the end of Thursday 21 January.
  await expect(parent.getByTestId("dispute-next")).toContainText("22.01.2027");

  // The district department's officer finds it in the list with its deadline, and decides.
  const officerCtx = await browser.newContext({ baseURL });
  const officer = await officerCtx.newPage();
  await signInStaff(officer, "district.admin");
  await setClock(officerCtx, "2027-01-08T10:00:00+05:00", baseURL!);
  await officer.goto("/kk/authority");
  await officer.getByTestId("authority-nav-disputes").click();
  await expect(officer.getByTestId("authority-disputes-title")).toBeVisible();
  const escalated = officer.getByTestId("officer-dispute").filter({ hasText: "Анықтаманы тәрбиешіге" });
  await expect(escalated).toContainText("Айару");
  await expect(escalated).toContainText("Журнал бойынша бала келді");
  await expect(escalated.getByTestId("dispute-deadline")).toContainText("22.01.2027");
  await expect(escalated.getByTestId("dispute-deadline")).toHaveAttribute("data-overdue", "0");
  await escalated.getByTestId("outcome-kindergarten").check();
  await escalated.locator("textarea").fill("Анықтама балабақшаға тапсырылмаған, белгілер дұрыс");
  await escalated.locator("button[type=submit]").click();
  await expect(escalated).toHaveCount(0);
  await officer.getByTestId("tab-decided").click();
  const decided = officer.getByTestId("officer-dispute").filter({ hasText: "Анықтаманы тәрбиешіге" });
  await expect(decided.getByTestId("dispute-decision")).toContainText("белгілер дұрыс");

  // The parent is told: the decision, and to confirm by 13 January 10:00 (5 days after it).
  await setClock(parentCtx, "2027-01-09T10:00:00+05:00", baseURL!);
  await parent.goto(timesheetUrl);
  await expect(item).toHaveAttribute("data-status", "UPHELD_KINDERGARTEN");
  await expect(parent.getByTestId("dispute-decision")).toContainText("белгілер дұрыс");
  await expect(parent.getByTestId("dispute-next")).toContainText("13.01.2027");
  await expect(parent.getByTestId("timesheet-status")).toHaveAttribute("data-status", "open");
  await expect(parent.getByTestId("confirm-start")).toBeVisible();
  await parent.goto("/kk/demo/outbox");
  await expect(
    parent.locator('[data-testid="outbox-message"][data-destination="+77010000001"]').first(),
  ).toContainText("13.01.2027 10:00");

  // The kindergarten sees the department's decision.
  await kg.reload();
  await expect(row).toHaveAttribute("data-status", "UPHELD_KINDERGARTEN");
  await expect(row.getByTestId("dispute-decision")).toContainText("белгілер дұрыс");

  await Promise.all([parentCtx.close(), kgCtx.close(), officerCtx.close()]);
});
