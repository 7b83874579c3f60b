import { expect, test, type Page } from "@playwright/test";
import { signInParent, signInStaff } from "./support/sign-in";
import { iinForPhone, query, spareParentPhone } from "./support/db";
import { makeIin } from "@/lib/iin/iin";

// The parent (phone) of an application holding an issued referral, other than the documented demo parents.
async function referredParentPhone(): Promise<string> {
  const [row] = await query<{ phone: string }>(`
    SELECT mc.phone FROM "Referral" r JOIN "QueueApplication" a ON a.id = r."applicationId" JOIN "Person" p ON p.id = a."applicantId"
    JOIN "MobileCitizen" mc ON mc.iin = p.iin
    WHERE r.status = 'ISSUED' AND r."expiresAt" > now() AND mc.phone NOT IN ('+77010000001', '+77010000002', '+77010000003')
    ORDER BY r.number LIMIT 1`);
  return row!.phone;
}

async function fillChild(page: Page, iin: string) {
  const form = page.getByTestId("apply-form");
  await form.locator("#childIin").fill(iin);
  await form.locator("#childBirthDate").fill("2025-03-10");
  await form.locator("#childLastName").fill("Бекова");
  await form.locator("#childFirstName").fill("Томирис");
  await form.locator("#relation").selectOption("mother");
  await form.locator("#choice1").selectOption({ index: 1 });
  await form.locator("#language").selectOption("KK");
}

test("a parent registers a child with a priority document (a wrong IIN refused first, then a child whose birth record doesn't name them), follows the position; the department confirms the category (kk)", async ({
  page,
  browser,
}) => {
  const phone = await spareParentPhone(3);
  const childIin = makeIin(new Date(Date.UTC(2025, 2, 10)), "female", 8765);
  await signInParent(page, phone);
  await page.goto("/kk/cabinet/queue");
  await expect(page.getByTestId("queue-warning")).toBeVisible();
  await page.getByTestId("queue-apply-link").click();
  const district = page.getByTestId("apply-district-select");
  await district.selectOption(
    (await district.locator("option", { hasText: "Көкшетау" }).first().getAttribute("value"))!,
  );
  await page.getByTestId("apply-district-submit").click();
  await expect(page.getByTestId("apply-form")).toBeVisible();

  await fillChild(page, "210315601232"); // wrong control digit
  await page.getByTestId("apply-form-submit").click();
  await expect(page.getByTestId("childIin-error")).toBeVisible();

  await fillChild(page, childIin);
  await page.locator("#priority").selectOption("LARGE_FAMILY");
  await page.getByTestId("apply-form-submit").click();
  await expect(page.getByTestId("apply-document-error")).toBeVisible(); // a category needs its document

  // Not in the civil registry's birth record (and no guardian's document): refused.
  await fillChild(page, childIin);
  await page.locator("#priority").selectOption("NONE");
  await page.getByTestId("apply-form-submit").click();
  await expect(page.getByTestId("childIin-error")).toContainText("туу туралы");
  // The registry records the child's birth, naming this parent as the mother.
  await query(
    `INSERT INTO "BirthRecord" ("childIin", "birthDate", "lastName", "firstName", "motherIin") VALUES ($1, '2025-03-10', 'Бекова', 'Томирис', $2)`,
    [childIin, await iinForPhone(phone)],
  );

  await fillChild(page, childIin);
  await page.locator("#priority").selectOption("LARGE_FAMILY");
  await page.getByTestId("apply-document").setInputFiles({
    name: "көпбалалы-анықтама.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% e2e\n"),
  });
  await page.getByTestId("apply-form-submit").click();
  const message = page.getByTestId("apply-form-message");
  await expect(message).toContainText(/Q-\d{4}-\d{6}/);
  const number = /Q-\d{4}-\d{6}/.exec(await message.innerText())![0];

  await page.goto("/kk/cabinet/queue");
  const card = page.getByTestId("application-card").filter({ hasText: number });
  await expect(card.getByTestId("application-status")).toBeVisible();
  await expect(card.getByTestId("position-general")).toBeVisible();
  await expect(card.getByTestId("position-priority")).toBeVisible();
  // Where the child stands for each kindergarten chosen: the turn that decides a priority offer there.
  await expect(card.getByTestId("kindergarten-position").first()).toContainText(/\d+/);
  await expect(card.getByTestId("application-priority")).toHaveAttribute("data-standing", "pending");
  await card.getByTestId("application-history-open").click();
  await expect(card.locator('[data-testid="history-entry"][data-event="submitted"]')).toBeVisible();

  // The Kokshetau department checks the document and confirms the category.
  const staff = await browser.newContext();
  const officer = await staff.newPage();
  await signInStaff(officer, "district.admin");
  await officer.goto("/kk/authority/cabinet-blocks");
  await expect(officer.getByTestId("cabinet-blocks-title")).toBeVisible();
  await officer.getByTestId(`priority-confirm-${number}-submit`).click();
  await expect(officer.locator(`[data-testid="priority-review-row"][data-number="${number}"]`)).toHaveCount(
    0,
  ); // confirmed: off the list
  await staff.close();

  await page.reload();
  await expect(
    page.getByTestId("application-card").filter({ hasText: number }).getByTestId("application-priority"),
  ).toHaveAttribute("data-standing", "confirmed");
});

test("the department verifies a guardian's document: the claim leaves the list, and the applicant's history says so (ru)", async ({
  page,
}) => {
  const [pending] = await query<{ number: string }>(`
    SELECT a.number FROM "LegalRepresentative" r
    JOIN "QueueApplication" a ON a."childId" = r."childId" AND a."applicantId" = r."representativeId"
    WHERE r.status = 'PENDING' ORDER BY a.number LIMIT 1`);
  await signInStaff(page, "district.admin", undefined, "ru");
  await page.goto("/ru/authority/cabinet-blocks");
  const row = page.locator(`[data-testid="representative-review-row"][data-number="${pending!.number}"]`);
  await expect(row).toContainText(/опекун/i);
  const [doc] = await Promise.all([page.waitForEvent("download"), row.getByRole("link").click()]);
  expect(doc.suggestedFilename()).toMatch(/\.pdf$/);
  await row.getByTestId(`representative-refuse-${pending!.number}-submit`).click();
  await expect(row.locator('[data-testid$="-error"]')).toBeVisible(); // a refusal needs its reason
  await page.getByTestId(`representative-verify-${pending!.number}-submit`).click();
  await expect(row).toHaveCount(0);
  const [history] = await query<{ event: string }>(
    `SELECT h.event FROM "QueueHistoryEntry" h JOIN "QueueApplication" a ON a.id = h."applicationId"
     WHERE a.number = $1 ORDER BY h.id DESC LIMIT 1`,
    [pending!.number],
  );
  expect(history!.event).toBe("representative_verified");
});

test("a parent accepts a referral in the cabinet; refusing the voucher needs the confirmation tick (ru)", async ({
  page,
}) => {
  await signInParent(page, await referredParentPhone(), "ru");
  await page.goto("/ru/cabinet/queue");
  await expect(page.getByTestId("queue-referral-banner")).toBeVisible();
  const referral = page.locator('[data-testid="referral-card"][data-status="ISSUED"]').first();
  await expect(referral.getByTestId("referral-expires")).toBeVisible();

  await referral.getByTestId("referral-refuse-voucher-open").click();
  await referral.getByTestId("referral-refuse-voucher-submit").click();
  await expect(referral.locator('[data-testid$="-error"]')).toBeVisible(); // the tick is required; nothing changed

  const number = await referral.getAttribute("data-number");
  await referral.getByTestId("referral-accept-submit").click();
  await expect(page.locator(`[data-testid="referral-card"][data-number="${number}"]`)).toHaveAttribute(
    "data-status",
    "ACCEPTED",
  );
  await page.reload();
  await expect(page.locator('[data-testid="referral-card"][data-status="ACCEPTED"]').first()).toBeVisible();
});

test("only parents open the queue cabinet; only department administrators the cabinet blocks, where a bad IIN is refused", async ({
  page,
}) => {
  await signInStaff(page, "kg.admin");
  await page.goto("/kk/cabinet/queue");
  await expect(page).toHaveURL(/\/kk\/no-access$/);
  await page.goto("/kk/authority/cabinet-blocks");
  await expect(page.getByTestId("no-access")).toBeVisible();

  await page.context().clearCookies();
  await signInStaff(page, "district.admin");
  await page.goto("/kk/authority/cabinet-blocks");
  const form = page.getByTestId("cabinet-block-form");
  await form.locator("#parentIin").fill("950815350124");
  await form.locator("#reason").fill("Кабинетке кіру деректерін делдалға бергені расталды");
  await form.getByTestId("block-confirm").check();
  await form.getByTestId("cabinet-block-form-submit").click();
  await expect(page.getByTestId("parentIin-error")).toBeVisible();
  await form.locator("#parentIin").fill("950815350123"); // valid, but nobody of this department
  await form.locator("#reason").fill("Кабинетке кіру деректерін делдалға бергені расталды");
  await form.getByTestId("block-confirm").check();
  await form.getByTestId("cabinet-block-form-submit").click();
  await expect(page.getByTestId("parentIin-error")).toBeVisible();
  await expect(page.getByTestId("cabinet-block-row")).toHaveCount(0);
});
