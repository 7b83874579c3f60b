import { expect, test, type Page } from "@playwright/test";
import { signInStaff } from "./support/sign-in";

// The Feedback tab and the administration's feedback block (issue 11, seed 002 §3.3): a citizen sends an
// electronic appeal to the Kokshetau city department (its appeals e-mail is confirmed in the demo) — it
// reaches the department's e-mail (the demo outbox) and its inbox — and asks a question; the department's
// administrator answers the appeal (the answer goes to the citizen's e-mail) and answers and publishes the
// question, which then appears publicly. A department whose e-mail is not confirmed shows no appeal form.

const DISTRICT = "kokshetau-education";
const APPEALS_EMAIL = "kokshetau.appeals@edu-akmola.kz";

// The newest outbox message to an address (the demo lists e-mails with their subject).
async function lastMail(page: Page, to: string) {
  const outbox = await page.context().newPage();
  await outbox.goto("/ru/demo/outbox");
  const message = outbox.locator(`[data-testid="outbox-message"][data-destination="${to}"]`).first();
  await expect(message).toBeVisible();
  const text = await message.innerText();
  await outbox.close();
  return text;
}

test("a citizen sends an appeal and asks a question; the administrator answers both and the question appears publicly", async ({
  page,
  browser,
}) => {
  const run = Date.now().toString(36);
  const citizen = `citizen.${run}@example.kz`;
  const subject = `Кезек туралы ${run}`;
  const question = `Жазғы жинақтау қай күні басталады? (${run})`;

  // The citizen: the Feedback tab, the appeal form.
  await page.goto(`/kk/org/${DISTRICT}/feedback`);
  await expect(page.getByTestId("feedback-contacts")).toBeVisible();
  await expect(page.getByTestId("feedback-reception")).toBeVisible();
  const appeal = page.getByTestId("feedback-appeal-form");
  await appeal.locator("#appeal-authorName").fill("Айгерім Сәрсенова");
  await appeal.locator("#appeal-email").fill("not-an-email");
  await appeal.locator("#appeal-subject").fill(subject);
  await appeal.locator("#appeal-body").fill("Балам кезекте тұр, орын қашан берілетінін білгім келеді.");
  await appeal.getByTestId("feedback-appeal-form-submit").click();
  await expect(page.getByTestId("appeal-email-error")).toBeVisible();
  await appeal.locator("#appeal-email").fill(citizen);
  await appeal.getByTestId("feedback-appeal-form-submit").click();
  await expect(page.getByTestId("feedback-appeal-form-message")).toBeVisible();
  expect(await lastMail(page, APPEALS_EMAIL)).toContain(subject);

  // … and a question; it is not public yet.
  const ask = page.getByTestId("feedback-question-form");
  await ask.locator("#question-authorName").fill("Айгерім");
  await ask.locator("#question-email").fill(citizen);
  await ask.locator("#question-question").fill(question);
  await ask.getByTestId("feedback-question-form-submit").click();
  await expect(page.getByTestId("feedback-question-form-message")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("feedback-qa-item").filter({ hasText: question })).toHaveCount(0);

  // The department's administrator: the inbox and the questions.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInStaff(admin, "district.admin");
  await admin.goto(`/kk/org/${DISTRICT}/admin/feedback?status=NEW`);
  const row = admin.getByTestId("appeal-row").filter({ hasText: subject });
  await expect(row).toHaveAttribute("data-status", "NEW");
  await row.getByTestId("appeal-open").click();
  const card = admin.getByTestId("appeal-card");
  await expect(card.getByTestId("appeal-subject")).toHaveText(subject);
  await card.getByTestId("appeal-take-submit").click();
  await expect(card.getByTestId("appeal-status")).toHaveAttribute("data-status", "IN_PROGRESS");
  await card.locator("#appeal-answer").fill("Құрметті Айгерім! Балаңыздың кезегі жақында келеді.");
  await card.getByTestId("appeal-answer-submit").click();
  await expect(card.getByTestId("appeal-answer-shown")).toBeVisible();
  await expect(card.getByTestId("appeal-status")).toHaveAttribute("data-status", "ANSWERED");
  expect(await lastMail(admin, citizen)).toContain("Балаңыздың кезегі жақында келеді.");

  const item = admin.getByTestId("question-item").filter({ hasText: question });
  await expect(item.getByTestId("question-publish-box")).toBeChecked();
  await item.locator("textarea[name=answer]").fill("Жазғы жинақтау маусымның 1-інде басталады.");
  await item.getByTestId("question-answer-submit").click();
  const answered = admin.getByTestId("question-item").filter({ hasText: question });
  await expect(answered).toHaveAttribute("data-published", "1");
  await expect(answered.getByTestId("question-answer-shown")).toContainText("маусымның 1-інде");
  await adminContext.close();

  // Public now, with its answer.
  await page.reload();
  const shown = page.getByTestId("feedback-qa-item").filter({ hasText: question });
  await expect(shown.getByTestId("feedback-qa-answer")).toHaveText(
    "Жазғы жинақтау маусымның 1-інде басталады.",
  );
});

test("a department whose appeals e-mail is not confirmed shows no appeal form; questions still work", async ({
  page,
}) => {
  await page.goto("/ru/org/esil-education/feedback");
  await expect(page.getByTestId("feedback-appeals-closed")).toBeVisible();
  await expect(page.getByTestId("feedback-appeal-form")).toHaveCount(0);
  await expect(page.getByTestId("feedback-question-form")).toBeVisible();
});

test("the feedback administration is closed to another department's administrator", async ({ page }) => {
  await signInStaff(page, "district.admin");
  await page.goto("/kk/org/esil-education/admin/feedback");
  await expect(page).toHaveURL(/\/no-access/);
});
