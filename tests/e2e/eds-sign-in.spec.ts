import fs from "node:fs";
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { iinForPhone, query } from "./support/db";
import { independentlyVerify } from "../../lib/eds/testing/independent-check";

// The NCALayer stand-in started by scripts/start.mjs (EDS_DEMO=1, see playwright.config.ts and docs/EDS.md).
const standin = `http://127.0.0.1:${process.env.NCALAYER_STANDIN_PORT}`;
const pkiDir = process.env.EDS_TEST_PKI_DIR!;
const PARENT_PHONE = "+77010000001";

// What the stand-in does on the next signature (a real NCALayer asks the person in its dialog).
async function choose(choice: { identity?: string; password?: string; cancel?: boolean; reset?: boolean }) {
  const res = await fetch(`${standin}/choice`, { method: "POST", body: JSON.stringify(choice) });
  expect(res.ok, "the NCALayer stand-in answers").toBe(true);
}

async function clickEdsSignIn(page: Page, locale: string) {
  await page.goto(`/${locale}/sign-in`);
  await page.getByTestId("eds-sign-in-button").click();
}

async function setClock(context: BrowserContext, iso: string, baseURL: string) {
  await context.addCookies([{ name: "bq_now", value: encodeURIComponent(iso), url: baseURL }]);
}

test.beforeEach(() => choose({ reset: true }));
test.afterAll(() => choose({ reset: true }));

test("a parent signs in with EDS through NCALayer and lands in the cabinet", async ({ page }) => {
  const iin = await iinForPhone(PARENT_PHONE);
  const state = (await (await fetch(`${standin}/choice`)).json()) as {
    identities: { parent: { iin: string } };
  };
  expect(state.identities.parent.iin, "the stand-in's valid key is the demo parent's").toBe(iin);
  await page.goto("/kk/sign-in");
  await expect(page.getByTestId("eds-demo-note")).toBeVisible();
  await page.getByTestId("eds-sign-in-button").click();
  await page.waitForURL("**/kk/cabinet");
  await expect(page.getByTestId("cabinet-title")).toBeVisible();
  await expect(page.getByTestId("cabinet-child").first()).toBeVisible();
  const events = await query<{ success: boolean }>(
    `SELECT e.success FROM "SignInEvent" e JOIN "User" u ON u.id = e."userId" JOIN "Person" p ON p.id = u."personId" WHERE e.method = 'EDS' AND p.iin = $1`,
    [iin],
  );
  expect(events.some((e) => e.success)).toBe(true);
});

test("every refusal is explained in the page's language", async ({ page }) => {
  const cases: { choice: Parameters<typeof choose>[0]; locale: string; text: RegExp }[] = [
    { choice: { identity: "expired" }, locale: "ru", text: /Срок действия сертификата ключа истёк/ },
    {
      choice: { identity: "untrusted" },
      locale: "en",
      text: /not issued by a trusted certification authority/,
    },
    { choice: { identity: "legal" }, locale: "kk", text: /заңды тұлғаның \(БСН\) сертификаты/ },
    { choice: { cancel: true }, locale: "ru", text: /Подписание отменено/ },
    { choice: { password: "wrong-password" }, locale: "en", text: /Wrong key password/ },
  ];
  for (const c of cases) {
    await choose({ reset: true });
    await choose(c.choice);
    await clickEdsSignIn(page, c.locale);
    await expect(page.getByTestId("eds-sign-in-button-error")).toContainText(c.text);
    await expect(page).toHaveURL(new RegExp(`/${c.locale}/sign-in$`));
  }
});

test("without NCALayer the page says so and links to the instructions", async ({ page }) => {
  // Point every WebSocket of this page at a port where nothing listens, as on a computer without NCALayer.
  await page.addInitScript(() => {
    const Real = window.WebSocket;
    window.WebSocket = class extends Real {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(String(url).replace(/:\d+/, ":9"), protocols);
      }
    } as typeof WebSocket;
  });
  await clickEdsSignIn(page, "ru");
  await expect(page.getByTestId("eds-sign-in-button-error")).toContainText(
    "NCALayer не запущена или не установлена",
  );
  await page.getByTestId("eds-sign-in-button-instructions").click();
  await expect(page).toHaveURL(/\/ru\/instructions$/);
});

test.describe("timesheet confirmation with EDS", () => {
  // This month of this child is the one parent-timesheet.spec.ts confirms by code: put it back afterwards.
  // The sheet row may not exist before the first confirmation (rows are made when first needed).
  let childId: string | null = null;
  let before: { id: string; status: string } | undefined;
  test.afterAll(async () => {
    if (!childId) return;
    const [now] = await query<{ id: string }>(
      `SELECT id FROM "Timesheet" WHERE "childId" = $1 AND year = 2026 AND month = 11`,
      [childId],
    );
    if (!now) return;
    await query(`DELETE FROM "TimesheetConfirmation" WHERE "timesheetId" = $1 AND method = 'EDS'`, [now.id]);
    if (before)
      await query(`UPDATE "Timesheet" SET status = $2::"TimesheetStatus" WHERE id = $1`, [
        before.id,
        before.status,
      ]);
    else await query(`DELETE FROM "Timesheet" WHERE id = $1`, [now.id]);
  });

  test("a parent confirms last month with the EDS signing key; the stored signature passes an independent check", async ({
    page,
    context,
    baseURL,
  }) => {
    const iin = await iinForPhone(PARENT_PHONE);
    await clickEdsSignIn(page, "kk");
    await page.waitForURL("**/kk/cabinet");
    await setClock(context, "2026-12-05T10:00:00+05:00", baseURL!);
    await page.goto("/kk/cabinet/timesheet");
    const select = page.getByTestId("timesheet-child");
    childId = await select.locator("option", { hasText: /Алихан/ }).getAttribute("value");
    await page.goto(`/kk/cabinet/timesheet?child=${childId}&month=2026-11`);
    [before] = await query<{ id: string; status: string }>(
      `SELECT id, status::text FROM "Timesheet" WHERE "childId" = $1 AND year = 2026 AND month = 11`,
      [childId],
    );
    await expect(page.getByTestId("timesheet-status")).toHaveAttribute("data-status", "open");

    // Another person's key is refused, and nothing is confirmed.
    await choose({ identity: "other" });
    await page.getByTestId("confirm-eds").click();
    await expect(page.getByTestId("confirm-eds-error")).toContainText("Кілт басқа адамға тиесілі");

    await choose({ reset: true });
    await page.getByTestId("confirm-eds").click();
    // The page re-renders as confirmed, with the signed hash.
    await expect(page.getByTestId("timesheet-status")).toHaveAttribute("data-status", "confirmed");
    const [sheet] = await query<{ id: string }>(
      `SELECT id FROM "Timesheet" WHERE "childId" = $1 AND year = 2026 AND month = 11`,
      [childId],
    );

    const [stored] = await query<{ signedXml: string; certificateSerial: string | null; method: string }>(
      `SELECT "signedXml", "certificateSerial", method::text FROM "TimesheetConfirmation" WHERE "timesheetId" = $1 AND method = 'EDS'`,
      [sheet!.id],
    );
    expect(stored?.signedXml).toContain("<snapshotSha256>");
    expect(stored?.certificateSerial).toMatch(/^[0-9A-F]+$/);
    const trust = path.join(pkiDir, "trust");
    const check = independentlyVerify(stored!.signedXml, {
      rootPem: fs.readFileSync(path.join(trust, "test-root-ca.pem"), "utf8"),
      intermediatePems: [fs.readFileSync(path.join(trust, "test-issuing-ca.pem"), "utf8")],
    });
    expect(check).toMatchObject({ digestOk: true, signatureOk: true, chainOk: true });
    expect(check.subject).toContain(`IIN${iin}`);
  });
});
