import { expect, test } from "@playwright/test";
import { signInParent, signInStaff } from "./support/sign-in";
import { query } from "./support/db";

// The demo parent (Жұмабаева Әсем) has a voucher ISSUED for her third child, Ерасыл (docs/DEMO.md):
// she sees it with its deadline, accepts it and sees the contract deadline; the kindergarten's
// administrator records the contract by the voucher's number and the child's IIN (a wrong IIN refused
// first); the parent then sees the voucher active.
test("a parent accepts the issued voucher; the kindergarten records the contract; the voucher is active (kk)", async ({
  page,
  browser,
}) => {
  const [v] = await query<{ number: string; iin: string }>(
    `SELECT v.number, c.iin FROM "Voucher" v JOIN "Person" c ON c.id = v."childId" WHERE v.id = 'demo-voucher-issued'`,
  );
  await signInParent(page, "+77010000001");
  await page.goto("/kk/cabinet");
  const block = page.getByTestId("voucher-life").filter({ hasText: v!.number });
  await expect(block).toHaveAttribute("data-status", "ISSUED");
  await expect(block.getByTestId("voucher-accept-by")).toContainText(":"); // a date and time
  await block.getByTestId("voucher-accept-submit").click();
  await expect(block).toHaveAttribute("data-status", "ACCEPTED");
  await expect(block.getByTestId("voucher-contract-by")).toBeVisible();
  await expect(block.getByTestId("voucher-extend-open")).toBeVisible();

  const admin = await browser.newPage();
  await signInStaff(admin, "kg.admin");
  await admin.goto("/kk/kindergarten/vouchers");
  const form = admin.getByTestId("voucher-contract");
  await form.locator("#voucherNumber").fill(v!.number);
  await form.locator("#childIin").fill("210412552871"); // another child's IIN (Алихан's)
  await form.locator("#contractNumber").fill("Ш-2026/17");
  await admin.getByTestId("voucher-contract-submit").click();
  await expect(admin.getByTestId("voucher-contract-message")).toBeVisible();
  await expect(admin.getByTestId("voucher-contract-message")).not.toContainText(v!.number);
  await form.locator("#voucherNumber").fill(v!.number);
  await form.locator("#childIin").fill(v!.iin);
  await form.locator("#contractNumber").fill("Ш-2026/17");
  await admin.getByTestId("voucher-contract-submit").click();
  await expect(admin.getByTestId("voucher-contract-message")).toContainText(v!.number);
  await admin.close();

  await page.reload();
  await expect(block).toHaveAttribute("data-status", "ACTIVE");
  await expect(block.getByTestId("voucher-active")).toContainText("Ш-2026/17");
});
