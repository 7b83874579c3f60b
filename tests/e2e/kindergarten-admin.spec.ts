import { expect, test } from "@playwright/test";
import { signInStaff } from "./support/sign-in";
import { makeIin } from "@/lib/iin/iin";

test("the administrator enrols a child by order with a parent; a wrong IIN is refused and changes nothing", async ({
  page,
}) => {
  await signInStaff(page, "kg.admin");
  await page.getByTestId("kg-nav-contingent").click();
  const before = await page.getByTestId("contingent-count").innerText();
  await page.getByTestId("contingent-enrol-link").click();
  const form = page.getByTestId("contingent-enrol");

  await form.locator("#childIin").fill("230315601232"); // wrong control digit
  await form.locator("#childLastName").fill("Сәрсенова");
  await form.locator("#childFirstName").fill("Томирис");
  await form.getByTestId("contingent-enrol-submit").click();
  await expect(page.getByTestId("childIin-error")).toBeVisible();

  const childIin = makeIin(new Date(Date.UTC(2023, 2, 15)), "female", 4321);
  await form.locator("#childIin").fill(childIin);
  const groupValue = await form
    .locator("#groupId option", { hasText: "Шұғыла" })
    .first()
    .getAttribute("value");
  await form.locator("#groupId").selectOption(groupValue!);
  await form.locator("#startsOn").fill("2026-11-16");
  await form.locator("#orderNumber").fill("№ 77-ө");
  await form.locator("#orderDate").fill("2026-11-13");
  await form.locator("#rep1Iin").fill(makeIin(new Date(Date.UTC(1995, 4, 20)), "female", 4321));
  await form.locator("#rep1LastName").fill("Сәрсенова");
  await form.locator("#rep1FirstName").fill("Айгерім");
  await form.locator("#rep1Phone").fill("+7 701 555 43 21");
  await form.locator("#rep1Relation").selectOption("mother");
  await form.getByTestId("contingent-enrol-submit").click();
  await expect(page.getByTestId("contingent-enrol-message")).toBeVisible();

  await page.goto("/kk/kindergarten/contingent");
  await expect(page.getByTestId("contingent-count")).not.toHaveText(before);
  await expect(page.getByTestId("contingent-row").filter({ hasText: "Сәрсенова Томирис" })).toBeVisible();
});

test("the administrator adds an educator, binds a group, hands over first-login credentials; the educator then sees the group", async ({
  page,
  browser,
}) => {
  await signInStaff(page, "kg.admin");
  await page.getByTestId("kg-nav-staff").click();
  await page.getByTestId("staff-add-link").click();
  await expect(page).toHaveURL(/\/kk\/kindergarten\/staff\/new$/);
  // The people module's wizard: 1. a new person, 2. the data, 3. review → Create (the invitation is made then).
  await page.getByTestId("people-way-new").check();
  await page.getByTestId("people-wizard-next").click();
  const form = page.getByTestId("people-wizard-data");
  await expect(form.locator("#role")).toHaveValue("EDUCATOR");
  await form.locator("#iin").fill(makeIin(new Date(Date.UTC(1996, 8, 9)), "female", 8765));
  await form.locator("#lastName").fill("Бекова");
  await form.locator("#firstName").fill("Жанар");
  await form.locator("#arrivedAt").fill("2026-11-02");
  await page.getByTestId("people-wizard-review").click();
  await expect(page.getByTestId("people-review-lastName")).toHaveText("Бекова");
  await page.getByTestId("people-create").click();
  const created = page.getByTestId("people-created");
  const login = await created.getByTestId("staff-slip-login").innerText();
  const password = await created.getByTestId("staff-slip-password").innerText();
  await created.getByTestId("people-created-open").click();
  await page.waitForURL(/\/kindergarten\/staff\/[^/?]+$/);

  const group = page.getByTestId("staff-groups").locator('input[name="groupIds"]').first();
  await group.check();
  await page.getByTestId("staff-groups-submit").click();
  await expect(page.getByTestId("staff-groups-message")).toBeVisible();

  const context = await browser.newContext();
  const educator = await context.newPage();
  await educator.goto("/kk/sign-in?as=staff");
  await educator.locator("#login").fill(login.trim());
  await educator.locator("#password").fill(password.trim());
  await educator.getByTestId("staff-submit").click();
  await expect(educator).toHaveURL(/\/change-password$/);
  await educator.locator("#current").fill(password.trim());
  await educator.locator("#next").fill("Zhanar-2026!");
  await educator.locator("#repeat").fill("Zhanar-2026!");
  await educator.getByTestId("change-password-submit").click();
  await expect(educator).toHaveURL(/\/kk\/kindergarten$/);
  await expect(educator.getByTestId("kg-group-row")).toHaveCount(1);
  await context.close();
});
