// Anyone can verify (issue 16, docs/VERIFY.md): a parent downloads the receipt of a confirmed month and
// it is checked with unzip and openssl, outside the portal; a visitor downloads a day of the protocol and
// the chain from the protocol page, and scripts/verify-protocol.mjs checks the whole demo chain.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { execFile, execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { query } from "./support/db";
import { signInParent } from "./support/sign-in";

const root = path.resolve(__dirname, "../..");

test("a parent downloads the receipt of a confirmed month, and openssl verifies it with the published key (en)", async ({
  page,
  baseURL,
}) => {
  // A demo parent (not one of the documented three: their sign-in codes are for the other journeys) who
  // confirmed a child's month by code, with that child bound to the cabinet (the fixture binds it).
  const [m] = await query<{
    phone: string;
    id: string;
    childId: string;
    parentId: string;
    ym: string;
    hash: string;
  }>(`
    SELECT mc.phone, c.id, t."childId", p.id AS "parentId", c."snapshotHash" AS hash,
      to_char(make_date(t.year, t.month, 1), 'YYYY-MM') AS ym
    FROM "TimesheetConfirmation" c JOIN "Timesheet" t ON t.id = c."timesheetId"
    JOIN "Person" p ON p.id = c."signerId" JOIN "MobileCitizen" mc ON mc.iin = p.iin
    WHERE c."supersededAt" IS NULL AND c.method = 'OTP' AND t.status = 'CONFIRMED'
      AND mc.phone NOT IN ('+77010000001', '+77010000002', '+77010000003')
      AND NOT EXISTS (SELECT 1 FROM "MobileCitizen" o WHERE o.phone = mc.phone AND o.iin <> mc.iin)
    ORDER BY mc.phone DESC, t.year, t.month LIMIT 1`);
  expect(m, "a month confirmed by code in the demo").toBeTruthy();
  await query(
    `INSERT INTO "ChildBinding" (id, "parentId", "childId") VALUES ($1, $2, $3)
     ON CONFLICT ("parentId", "childId") DO UPDATE SET "removedAt" = NULL`,
    [`e2e-verify-${m!.id}`, m!.parentId, m!.childId],
  );
  await signInParent(page, m!.phone, "en");
  await page.goto(`/en/cabinet/timesheet?child=${m!.childId}&month=${m!.ym}`);
  await expect(page.getByTestId("confirmation-info")).toContainText(m!.hash);
  const link = page.getByTestId("receipt-download");
  await expect(link).toHaveText("Download the confirmation receipt");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe(`receipt-${m!.ym}-${m!.id}.zip`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-receipt-"));
  try {
    await download.saveAs(path.join(dir, "receipt.zip"));
    execFileSync("unzip", ["-q", "receipt.zip"], { cwd: dir });
    const receipt = JSON.parse(fs.readFileSync(path.join(dir, "receipt.json"), "utf8"));
    expect(receipt).toMatchObject({ method: "OTP", confirmationId: m!.id, snapshotSha256: m!.hash });
    // The key from its published address, not the copy in the zip.
    const pem = await (await fetch(`${baseURL}/api/portal-keys/${receipt.portalKeyId}.pem`)).text();
    fs.writeFileSync(path.join(dir, "key.pem"), pem);
    const verified = execFileSync(
      "openssl",
      [
        "pkeyutl",
        "-verify",
        "-pubin",
        "-inkey",
        "key.pem",
        "-rawin",
        "-in",
        "receipt.json",
        "-sigfile",
        "receipt.sig",
      ],
      { cwd: dir, encoding: "utf8" },
    );
    expect(verified).toContain("Signature Verified Successfully");
    const snapshot = fs.readFileSync(path.join(dir, "snapshot.json"));
    expect(createHash("sha256").update(snapshot).digest("hex")).toBe(m!.hash);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a visitor downloads a day of the protocol and the chain; the verifier checks the whole demo chain (ru)", async ({
  page,
  baseURL,
}) => {
  await page.goto("/ru/protocol");
  await expect(page.getByTestId("protocol-verify-outside")).toContainText("Проверьте сами");
  const row = page.getByTestId("protocol-day").first();
  const date = (await row.getAttribute("data-date"))!;
  const [day] = await Promise.all([
    page.waitForEvent("download"),
    row.getByTestId("protocol-day-json").click(),
  ]);
  expect(day.suggestedFilename()).toBe(`${date}.json`);
  const bytes = fs.readFileSync((await day.path())!);
  const hash = createHash("sha256").update(bytes).digest("hex");
  expect(JSON.parse(bytes.toString("utf8"))).toMatchObject({ version: 1, date });

  const [chainFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("protocol-chain-json").click(),
  ]);
  const chain = JSON.parse(fs.readFileSync((await chainFile.path())!, "utf8"));
  // The newest day on the page is the chain's head, and its hash is the downloaded day's.
  expect(chain.head).toEqual({ date, contentHash: hash });
  expect(chain.days.at(-1)).toMatchObject({ date, contentHash: hash });
  expect(chain.days[0].prevHash).toBeNull();

  const feed = await (await fetch(`${baseURL}/ru/protocol/heads.xml`)).text();
  expect(feed).toContain(`<bq:hash>${hash}</bq:hash>`);

  const result = await new Promise<{ code: number; out: string; err: string }>((resolve) =>
    execFile(
      process.execPath,
      [path.join(root, "scripts/verify-protocol.mjs"), baseURL!, "--locale", "ru"],
      { timeout: 120_000 },
      (e, out, err) => resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, out, err }),
    ),
  );
  expect(result.err).toBe("");
  expect(result.code).toBe(0);
  expect(result.out).toContain(`head ${date} ${hash}`);
});
