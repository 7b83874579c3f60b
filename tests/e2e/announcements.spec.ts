import { expect, test } from "@playwright/test";
import { signInStaff } from "./support/sign-in";

// Announcements with read receipts (issue 12): the Kokshetau city department's officer publishes to the
// employees of the department's kindergartens; the demo educator of «Балапан» sees it with a badge and
// opens it (marking it read); the officer sees "read by 1 of N" and her name among those who read it,
// then deletes it, and the educator no longer sees it.
test("a district officer publishes to the kindergartens' educators, sees who read it, and deletes it", async ({
  page,
  browser,
}) => {
  const title = `Жиналыс туралы ${Date.now()}`;
  await signInStaff(page, "district.admin");
  await page.getByTestId("authority-nav-announcements").click();
  await expect(page.getByTestId("announcements-title")).toBeVisible();
  await page.getByTestId("announcement-create").click();

  // 1. Text: a required title, the text (its address becomes a link), no read-by date.
  const wizard = page.getByTestId("announcement-wizard");
  await wizard.getByTestId("wizard-next-1").click();
  await expect(page.getByTestId("title-error")).toBeVisible();
  await wizard.locator("#title").fill(title);
  await wizard
    .locator("#body")
    .fill("Құрметті әріптестер!\n\nЖиналыс жұма күні 15:00-де.\nКүн тәртібі: https://edu.kz/agenda");
  await wizard.getByTestId("wizard-next-1").click();
  await expect(wizard).toHaveAttribute("data-step", "2");

  // 2. Audience: nothing ticked is refused; the employees of the subordinate kindergartens.
  await wizard.getByTestId("wizard-next-2").click();
  await expect(page.getByTestId("codes-error")).toBeVisible();
  await wizard.getByTestId("audience-kindergarten-employees").check();
  await wizard.getByTestId("wizard-next-2").click();

  // 3. Review: how many people it will reach, then Publish.
  await expect(wizard).toHaveAttribute("data-step", "3");
  await expect(page.getByTestId("wizard-reach")).toBeVisible();
  await expect(page.getByTestId("wizard-review")).toContainText(title);
  await wizard.getByTestId("wizard-publish").click();
  await page.waitForURL(/\/authority\/announcements\/[^/?]+\?published=1/);
  const announcementUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByTestId("announcement-published")).toBeVisible();
  await expect(
    page.getByTestId("announcement-body").locator('a[href="https://edu.kz/agenda"]'),
  ).toBeVisible();
  const summary = await page.getByTestId("receipts-summary").innerText();
  const total = Number(/(\d+)\s*ішінен\s*0/.exec(summary)?.[1]);
  expect(total, `"${summary}": read by 0 of N`).toBeGreaterThan(1);

  // The educator sees it with a badge, on her home page and in her inbox, and opens it.
  const educatorContext = await browser.newContext();
  const educator = await educatorContext.newPage();
  await signInStaff(educator, "educator");
  await expect(educator.getByTestId("inbox-badge")).toBeVisible();
  await expect(educator.getByTestId("home-announcements")).toContainText(title);
  await educator.getByTestId("inbox-link-header").click();
  await expect(educator).toHaveURL(/\/kindergarten\/inbox$/);
  const item = educator.getByTestId("inbox-item").filter({ hasText: title });
  await expect(item).toHaveAttribute("data-read", "0");
  await item.getByTestId("inbox-link").click();
  await expect(educator.getByTestId("inbox-announcement-title")).toHaveText(title);
  await expect(educator.getByTestId("inbox-read-state")).toHaveAttribute("data-read", "1");
  await educator.goto("/kk/kindergarten/inbox");
  await expect(educator.getByTestId("inbox-item").filter({ hasText: title })).toHaveAttribute(
    "data-read",
    "1",
  );

  // The officer sees "read by 1 of N" and the educator's name among those who read it.
  await page.goto(announcementUrl);
  await expect(page.getByTestId("receipts-summary")).toContainText(`${total} ішінен 1`);
  await page.getByTestId("receipts-tab-read").click();
  await expect(page.getByTestId("receipt-row")).toHaveCount(1);
  await expect(page.getByTestId("receipt-row")).toContainText("Серікбаева Гүлнар");

  // Editing is not possible: the page says so. The officer deletes it ("Yes, delete!").
  await expect(
    page.getByText("Жарияланған хабарламаны өзгертуге болмайды", { exact: false }).first(),
  ).toBeVisible();
  await page.getByTestId("announcement-delete").click();
  await page.getByTestId("announcement-delete-form-submit").click();
  await page.waitForURL(/\/authority\/announcements\?deleted=1/);
  await expect(page.getByTestId("announcement-row").filter({ hasText: title })).toHaveCount(0);

  // The educator no longer sees it: not in her inbox, and its page is gone.
  await educator.goto("/kk/kindergarten/inbox");
  await expect(educator.getByTestId("inbox-item").filter({ hasText: title })).toHaveCount(0);
  const gone = await educator.goto(announcementUrl.replace(/.*\/announcements\//, "/kk/kindergarten/inbox/"));
  expect(gone?.status()).toBe(404);
  await educatorContext.close();
});
