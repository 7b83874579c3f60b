import { expect, test, type Page } from "@playwright/test";
import { signInStaff } from "./support/sign-in";
import { makeIin } from "@/lib/iin/iin";

// The administration's People of the demo district department (seed 002): the district administrator adds
// two people with the wizard ("Create and add another" once), the first signs in with the invitation and
// lands in the authority's workspace; the administrator excludes the second and restores them.
const PEOPLE = "/kk/org/kokshetau-education/admin/people";

// Step 2 of the wizard for a new person, then the review.
async function fillNewPerson(page: Page, person: { lastName: string; firstName: string; iin: string }) {
  const data = page.getByTestId("people-wizard-data");
  await data.locator("#lastName").fill(person.lastName);
  await data.locator("#firstName").fill(person.firstName);
  await data.locator("#iin").fill(person.iin);
  await page.getByTestId("people-wizard-review").click();
  await expect(page.getByTestId("people-review-lastName")).toHaveText(person.lastName);
}

test("the district administrator adds people with the wizard; the invited person registers and signs in; exclude and restore", async ({
  page,
  browser,
}) => {
  await signInStaff(page, "district.admin");
  await page.goto(PEOPLE);
  await expect(page.getByTestId("org-admin-nav-people")).toBeVisible();
  await expect(page.getByTestId("staff-list")).toBeVisible();
  await page.getByTestId("staff-add-link").click();

  // 1. The way: a new person; 2. the data; 3. review → "Create and add another".
  await page.getByTestId("people-way-new").check();
  await page.getByTestId("people-wizard-next").click();
  const data = page.getByTestId("people-wizard-data");
  await data.locator("#role").selectOption("AUTHORITY_EMPLOYEE");
  await data.locator("#arrivedAt").fill("2026-11-02");
  // The required fields are asked for in the page's language before the review.
  await page.getByTestId("people-wizard-review").click();
  await expect(page.getByTestId("people-wizard-required")).toBeVisible();
  await fillNewPerson(page, {
    lastName: "Жолдасбекова",
    firstName: "Әсел",
    iin: makeIin(new Date(Date.UTC(1994, 2, 11)), "female", 9101),
  });
  await expect(page.getByTestId("people-review-role")).toHaveText("Қызметкер");
  await page.getByTestId("people-create-another").click();

  // The wizard starts again, keeping the role and the date; the first person's slip is above it.
  const first = page.getByTestId("people-created").first();
  const login = (await first.getByTestId("staff-slip-login").innerText()).trim();
  const password = (await first.getByTestId("staff-slip-password").innerText()).trim();
  await expect(page.getByTestId("people-wizard")).toHaveAttribute("data-step", "1");
  await page.getByTestId("people-wizard-next").click();
  await expect(data.locator("#role")).toHaveValue("AUTHORITY_EMPLOYEE");
  await expect(data.locator("#arrivedAt")).toHaveValue("2026-11-02");
  await fillNewPerson(page, {
    lastName: "Жолдасбеков",
    firstName: "Ерлан",
    iin: makeIin(new Date(Date.UTC(1989, 6, 23)), "male", 9102),
  });
  await page.getByTestId("people-create").click();
  await expect(page.getByTestId("people-created")).toHaveCount(2);

  // Both are persons (not registered yet) in the list.
  await page.goto(`${PEOPLE}?q=Жолдасбек&reg=no`);
  await expect(page.getByTestId("staff-row")).toHaveCount(2);

  // The invited person signs in: the one-time password, then their own; they land in their workspace.
  const context = await browser.newContext();
  const invited = await context.newPage();
  await invited.goto("/kk/sign-in?as=staff");
  await invited.locator("#login").fill(login);
  await invited.locator("#password").fill(password);
  await invited.getByTestId("staff-submit").click();
  await expect(invited).toHaveURL(/\/kk\/change-password$/);
  await invited.locator("#current").fill(password);
  await invited.locator("#next").fill("Asel-Nov-2026!");
  await invited.locator("#repeat").fill("Asel-Nov-2026!");
  await invited.getByTestId("change-password-submit").click();
  await expect(invited).toHaveURL(/\/kk\/authority$/);
  await context.close();

  // Now a registered user.
  await page.goto(`${PEOPLE}?q=Жолдасбекова&reg=yes`);
  await expect(page.getByTestId("staff-row")).toHaveCount(1);
  await expect(page.getByTestId("staff-row")).toHaveAttribute("data-registered", "1");

  // Exclude the second person ("Yes, exclude"), find them in the archive, restore them.
  await page.goto(`${PEOPLE}?q=Жолдасбеков Ерлан`);
  await page.getByTestId("staff-row-link").click();
  await page.getByTestId("staff-exclude-open").click();
  await page.getByTestId("staff-exclude-form-submit").click();
  await expect(page.getByTestId("staff-excluded")).toBeVisible();
  await page.goto(`${PEOPLE}?tab=archive&q=Жолдасбеков Ерлан`);
  await expect(page.getByTestId("staff-row-excluded")).toBeVisible();
  await page.getByTestId("staff-row-link").click();
  await page.getByTestId("staff-restore-submit").click();
  await expect(page.getByTestId("staff-exclude-card")).toBeVisible();
  await expect(page.getByTestId("staff-excluded")).toHaveCount(0);
  await page.goto(`${PEOPLE}?q=Жолдасбеков Ерлан`);
  await expect(page.getByTestId("staff-row")).toHaveCount(1);
});

test("the department's People administration is closed to another organisation's administrator", async ({
  page,
}) => {
  await signInStaff(page, "kg.admin");
  await page.goto(PEOPLE);
  await expect(page.getByTestId("no-access")).toBeVisible();
  await expect(page.getByTestId("staff-list")).toHaveCount(0);
});
