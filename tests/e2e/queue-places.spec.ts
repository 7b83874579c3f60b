import path from "node:path";
import { spawnSync } from "node:child_process";
import { expect, test, type BrowserContext } from "@playwright/test";
import { signInParent, signInStaff } from "./support/sign-in";
import { iinForPhone, query, spareParentPhone } from "./support/db";
import { makeIin } from "@/lib/iin/iin";
import { makeDefaultCalendar } from "@/lib/calendar/working-days";
import { addDays, localDate, dayOfWeek } from "@/lib/calendar/zone";
import { closeOfNthWorkingDay } from "@/lib/queue/places/window";

// Sets "now" for this browser (the server honours it in test mode only).
async function setClock(context: BrowserContext, at: Date, baseURL: string) {
  await context.addCookies([{ name: "bq_now", value: encodeURIComponent(at.toISOString()), url: baseURL }]);
}

// `npm run job -- <name> --at <ISO>` against the e2e database, as an operator types it.
function job(name: string, at: Date) {
  const root = path.resolve(__dirname, "../..");
  const r = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["scripts/job.ts", name, "--at", at.toISOString()],
    {
      cwd: root,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, JOBS_ENABLED: "0" },
    },
  );
  expect(r.status, `${name}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

// A Monday two weeks or more ahead whose Monday–Friday are all working days (no holiday in the window).
function quietMonday(): string {
  const cal = makeDefaultCalendar(new Date().getUTCFullYear(), new Date().getUTCFullYear() + 2);
  let d = addDays(localDate(new Date()), 14);
  while (dayOfWeek(d) !== 1 || ![0, 1, 2, 3, 4].every((i) => cal.isWorkingDay(addDays(d, i))))
    d = addDays(d, 1);
  return d;
}

// «Балапан» and one of its youngest groups with a free seat (a seat is added if the group is full). Priority
// access follows the queue, so a released place goes at once to the first waiting applicant who chose the
// kindergarten: the journey puts that cohort's other applicants for «Балапан» on the stop list, so the place
// waits for general access. The journey's parent chooses another kindergarten of the district
// (`otherKgId`): in general access anyone of the cohort and district may take a place, whatever they chose.
async function balapanGroup() {
  const [kg] = await query<{ id: string; territoryId: string }>(
    `SELECT id, "territoryId" FROM "Organization" WHERE slug = 'kokshetau-balapan'`,
  );
  const year = new Date().getUTCFullYear();
  const [g] = await query<{ id: string; birthYearFrom: number; free: number }>(
    `
    SELECT g.id, g."birthYearFrom", g.capacity
      - (SELECT count(*) FROM "Enrolment" e WHERE e."groupId" = g.id AND e."endsOn" IS NULL)
      - (SELECT count(*) FROM "Place" p WHERE p."groupId" = g.id AND p.status IN ('PRIORITY','GENERAL','TAKEN')) AS free
    FROM "Group" g WHERE g."organizationId" = $1 AND g."archivedAt" IS NULL AND g."birthYearFrom" >= $2
    ORDER BY g."birthYearFrom" DESC LIMIT 1`,
    [kg!.id, year - 4],
  );
  if (Number(g!.free) < 1) await query(`UPDATE "Group" SET capacity = capacity + 1 WHERE id = $1`, [g!.id]);
  await query(
    `UPDATE "QueueApplication" SET "stopListUntil" = '2100-01-01' WHERE status = 'WAITING' AND "birthYear" = $1
       AND id IN (SELECT "applicationId" FROM "QueueApplicationChoice" WHERE "organizationId" = $2)`,
    [g!.birthYearFrom, kg!.id],
  );
  const [other] = await query<{ id: string }>(
    `SELECT id FROM "Organization" WHERE slug = 'kokshetau-shugyla'`,
  );
  return {
    kgId: kg!.id,
    otherKgId: other!.id,
    territoryId: kg!.territoryId,
    groupId: g!.id,
    birthYear: Number(g!.birthYearFrom),
  };
}

test("a parent applies, the kindergarten releases a place, after 3 working days it goes to general access, the parent takes it, the protocol shows every step", async ({
  browser,
  baseURL,
}) => {
  const monday = quietMonday();
  const at = (ymd: string, hhmm: string) => new Date(`${ymd}T${hhmm}:00+05:00`);
  const released = at(monday, "10:00");
  const generalFrom = closeOfNthWorkingDay(released, makeDefaultCalendar(2025, 2030), 3);
  expect(generalFrom).toEqual(at(addDays(monday, 3), "18:00")); // Thursday 18:00
  const target = await balapanGroup();

  // 1. The parent registers a child of the group's birth year in the queue.
  const parentCtx = await browser.newContext();
  const parent = await parentCtx.newPage();
  const parentPhone = await spareParentPhone(7);
  await signInParent(parent, parentPhone);
  await setClock(parentCtx, at(monday, "09:00"), baseURL!);
  await parent.goto(`/kk/cabinet/queue/apply?district=${target.territoryId}`);
  const form = parent.getByTestId("apply-form");
  const childIin = makeIin(new Date(Date.UTC(target.birthYear, 3, 15)), "male", 7341);
  // The civil registry's birth record names this parent as the mother (verified at once).
  await query(
    `INSERT INTO "BirthRecord" ("childIin", "birthDate", "lastName", "firstName", "motherIin") VALUES ($1, $2, 'Орынбасаров', 'Әлихан', $3)`,
    [childIin, `${target.birthYear}-04-15`, await iinForPhone(parentPhone)],
  );
  await form.locator("#childIin").fill(childIin);
  await form.locator("#childBirthDate").fill(`${target.birthYear}-04-15`);
  await form.locator("#childLastName").fill("Орынбасаров");
  await form.locator("#childFirstName").fill("Әлихан");
  await form.locator("#relation").selectOption("mother");
  await form.locator("#choice1").selectOption(target.otherKgId);
  await form.locator("#language").selectOption("KK");
  await parent.getByTestId("apply-form-submit").click();
  await expect(parent.getByTestId("apply-form-message")).toContainText(/Q-\d{4}-\d{6}/);

  // 2. The kindergarten's administrator releases a place of that group (priority access first).
  const staffCtx = await browser.newContext();
  const admin = await staffCtx.newPage();
  await signInStaff(admin, "kg.admin");
  await setClock(staffCtx, released, baseURL!);
  await admin.goto("/kk/kindergarten/places");
  const release = admin.getByTestId("place-release");
  await release.locator("#groupId").selectOption(target.groupId);
  await release.locator("#birthYear").fill(String(target.birthYear));
  await release.locator("#count").fill("1");
  await release.getByTestId("place-release-submit").click();
  await expect(admin.getByTestId("place-release-message")).toBeVisible();
  const [place] = await query<{ id: string; status: string }>(
    `SELECT id, status FROM "Place" WHERE "groupId" = $1 AND "releasedAt" = $2`,
    [target.groupId, released],
  );
  expect(place!.status).toBe("PRIORITY");
  await expect(admin.locator(`[data-testid="kg-place-row"][data-place-id="${place!.id}"]`)).toHaveAttribute(
    "data-status",
    "PRIORITY",
  );

  // In priority access the registry shows until when, and offers no "Take this place".
  const registry = `/kk/places?district=kokshetau&kg=${target.kgId}&year=${target.birthYear}`;
  await parent.goto(registry);
  const row = parent.locator(`[data-testid="place-row"][data-place-id="${place!.id}"]`);
  await expect(row).toHaveAttribute("data-status", "PRIORITY");
  await expect(row.getByTestId(`place-claim-${place!.id}`)).toHaveCount(0);

  // 3. The job: still priority a second before Thursday 18:00, general access from then.
  job("places-general-access", new Date(generalFrom.getTime() - 60_000));
  expect(
    (await query<{ status: string }>(`SELECT status FROM "Place" WHERE id = $1`, [place!.id]))[0]!.status,
  ).toBe("PRIORITY");
  expect(job("places-general-access", generalFrom)).toContain(`place ${place!.id}`);

  // 4. The parent takes it: a referral valid 5 working days.
  await setClock(parentCtx, new Date(generalFrom.getTime() + 3_600_000), baseURL!);
  await parent.goto(registry);
  await expect(row).toHaveAttribute("data-status", "GENERAL");
  await row.getByTestId(`place-claim-${place!.id}-submit`).click();
  // Taken: the parent is taken to the cabinet's queue, where the referral waits to be accepted.
  await parent.waitForURL(/\/kk\/cabinet\/queue\?taken=/);
  await expect(parent.getByTestId("queue-taken")).toContainText(/N-\d{4}-\d{6}/);
  await expect(parent.getByTestId("referral-card").first()).toBeVisible();
  const number = /N-\d{4}-\d{6}/.exec(await parent.getByTestId("queue-taken").innerText())![0];
  await parent.goto(registry);
  await expect(parent.locator(`[data-testid="place-row"][data-place-id="${place!.id}"]`)).toHaveCount(0);

  // 5. Published at 18:00 on Friday: the protocol shows released → general access → taken, and the chain verifies.
  expect(job("publish-protocol", at(addDays(monday, 4), "18:00"))).toMatch(/published with \d+ event/);
  await parent.goto(
    `/kk/protocol?district=kokshetau&kg=${target.kgId}&from=${monday}&to=${addDays(monday, 4)}`,
  );
  const steps = parent.locator(`[data-testid="protocol-row"][data-place-id="${place!.id}"]`);
  await expect(steps).toHaveCount(3);
  expect(await steps.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-kind")))).toEqual([
    "RELEASED",
    "MOVED_TO_GENERAL",
    "TAKEN",
  ]);
  await expect(steps.nth(2)).toContainText(number);
  const csv = await parent.request.get(
    (await parent.getByTestId("protocol-download-csv").getAttribute("href"))!,
  );
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(number);
  await parent.getByTestId("protocol-verify").click();
  await expect(parent.getByTestId("protocol-verify-result")).toHaveAttribute("role", "status");
  await parentCtx.close();
  await staffCtx.close();
});

test("only the kindergarten's administrator releases places and only the department's administrator edits the summer schedule (ru)", async ({
  page,
}) => {
  await signInStaff(page, "educator", undefined, "ru");
  await page.goto("/ru/kindergarten/places");
  await expect(page).toHaveURL(/\/ru\/no-access$/);

  await page.context().clearCookies();
  await signInStaff(page, "kg.admin", undefined, "ru");
  await page.goto("/ru/authority/recruitment");
  await expect(page).toHaveURL(/\/ru\/no-access$/);
  await page.goto("/ru/kindergarten/places");
  const release = page.getByTestId("place-release");
  await release.locator("#count").fill("0");
  await release.getByTestId("place-release-submit").click();
  await expect(page.getByTestId("count-error")).toBeVisible();

  await page.context().clearCookies();
  await signInStaff(page, "district.admin", undefined, "ru");
  await page.goto("/ru/authority/recruitment?year=2027");
  await expect(page.getByTestId("recruitment-line")).toHaveCount(4);
  const add = page.getByTestId("recruitment-add");
  await add.locator("#new-birthYear").fill("2026");
  await add.locator("#new-priorityFrom").fill("2027-06-20");
  await add.locator("#new-priorityTo").fill("2027-06-18");
  await add.locator("#new-generalFrom").fill("2027-06-21");
  await add.getByTestId("recruitment-add-submit").click();
  await expect(page.getByTestId("new-priorityTo-error")).toBeVisible();
  await expect(page.getByTestId("recruitment-line")).toHaveCount(4);
});

test("a kindergarten shifts its own summer dates with the reason; the department sees who entered them; the kindergarten returns to the department's dates (kk)", async ({
  page,
  browser,
}) => {
  await signInStaff(page, "kg.admin");
  await page.goto("/kk/kindergarten/places");
  const line = page.locator('[data-testid="own-shift-line"][data-birth-year="2022"]');
  await expect(line).toBeVisible();
  await expect(line.getByTestId("own-shift")).toHaveCount(0);
  await line.locator("summary").click();
  await line.locator('input[name="priorityFrom"]').fill("2027-06-24");
  await line.locator('input[name="priorityTo"]').fill("2027-06-26");
  await line.locator('input[name="generalFrom"]').fill("2027-06-27");
  await line.locator('input[name="reason"]').fill("Ж"); // too short: refused, nothing saved
  await line.locator('button[type="submit"]').click();
  await expect(line.locator('[data-testid$="reason-error"]')).toBeVisible();
  await expect(line.getByTestId("own-shift")).toHaveCount(0);
  await line.locator('input[name="reason"]').fill("Жауапты қызметкердің ауруы");
  await line.locator('button[type="submit"]').click();
  await expect(line.getByTestId("own-shift")).toContainText("Жауапты қызметкердің ауруы");

  const staff = await browser.newContext();
  const officer = await staff.newPage();
  await signInStaff(officer, "district.admin");
  await officer.goto("/kk/authority/recruitment?year=2027");
  const shift = officer
    .locator('[data-testid="recruitment-line"][data-birth-year="2022"]')
    .getByTestId("recruitment-shift")
    .filter({ hasText: "Жауапты қызметкердің ауруы" });
  await expect(shift).toBeVisible();
  await expect(shift).toContainText(/\d{2}\.\d{2}\.\d{4}/); // who entered it and when
  await staff.close();

  await line.locator('[data-testid^="own-shift-delete-"] button[type="submit"]').click();
  await expect(line.getByTestId("own-shift")).toHaveCount(0);
});
