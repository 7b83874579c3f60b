import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInStaff } from "./support/sign-in";
import { query } from "./support/db";

// The educator's day on a phone (390 px): the day view from the home page, marks with one tap, then marks
// made without a connection — kept on the phone, shown as waiting, sent in order when the connection
// returns, applied exactly once (a resend of a sent key changes nothing), and a mark that became
// impossible meanwhile reported with its reason, not applied.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const DAY = "2027-03-03"; // Wednesday: a working day after all the demo attendance (attendance.spec uses 2 March)

const child = (page: Page, id: string) => page.locator(`[data-testid="day-child"][data-child="${id}"]`);
const marksOf = (childIds: string[]) =>
  query<{ childId: string; status: string; reason: string | null; revisions: number }>(
    `SELECT m."childId", m.status, m.reason, (SELECT count(*)::int FROM "AttendanceMarkRevision" r WHERE r."markId" = m.id) AS revisions
     FROM "AttendanceMark" m WHERE m.date = $1 AND m."childId" = ANY($2)`,
    [DAY, childIds],
  );

test("an educator marks a day on a phone, also without a connection", async ({ page, context, baseURL }) => {
  await context.addCookies([
    { name: "bq_now", value: encodeURIComponent(`${DAY}T10:00:00+05:00`), url: baseURL! },
  ]);
  await signInStaff(page, "educator");
  // On a phone the group opens as the day view (the month grid is one tab away).
  await expect(page.getByTestId("kg-group-link").first()).toBeHidden();
  await page.getByTestId("kg-group-day-link").nth(1).click();
  await expect(page.getByTestId("day-view")).toBeVisible();
  await expect(page.getByTestId("day-offline-note")).toBeVisible();
  await expect(page.getByTestId("group-tab-attendance")).toBeVisible();
  const ids = await page
    .getByTestId("day-child")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-child")!));
  expect(ids.length).toBeGreaterThanOrEqual(7);
  const groupId = /groups\/([^/]+)\/attendance\/day/.exec(page.url())![1]!;

  // A planned absence the parents announced shows as that absence before any mark.
  const [educator] = await query<{ personId: string }>(
    `SELECT "personId" FROM "User" WHERE login = 'educator'`,
  );
  await query(
    `INSERT INTO "AbsenceNotice" (id, kind, "childId", "organizationId", "groupId", "dateFrom", "dateTo", reason, "createdById")
     SELECT 'e2e-phone-planned', 'PLANNED', $1, g."organizationId", g.id, $3, $3, 'VACATION', $4 FROM "Group" g WHERE g.id = $2`,
    [ids[6], groupId, DAY, educator!.personId],
  );
  await page.reload();
  await expect(child(page, ids[6]!)).toHaveAttribute("data-state", "planned");
  await expect(page.getByTestId("day-count-unmarked")).toHaveText(String(ids.length - 1));

  // Thumb-sized buttons.
  for (const b of await child(page, ids[0]!).getByRole("button").all()) {
    const box = (await b.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }

  // Online: one tap present, one tap absent with a reason from the sheet.
  await child(page, ids[0]!).getByTestId("day-present").click();
  await child(page, ids[1]!).getByTestId("day-absent").click();
  await expect(page.getByTestId("day-sheet")).toBeVisible();
  await page.getByTestId("sheet-ILLNESS_UNCERTIFIED").click();
  await expect(page.getByTestId("day-sheet")).toBeHidden();
  await expect(child(page, ids[0]!)).toHaveAttribute("data-state", "present");
  await expect(child(page, ids[1]!)).toHaveAttribute("data-state", "absent");
  await expect(child(page, ids[0]!)).toHaveAttribute("data-pending", "0");
  await expect(child(page, ids[1]!)).toHaveAttribute("data-pending", "0");
  expect(await marksOf([ids[0]!, ids[1]!])).toHaveLength(2);

  // Offline: three marks kept on the phone, shown as waiting.
  await context.setOffline(true);
  await child(page, ids[2]!).getByTestId("day-present").click();
  await child(page, ids[3]!).getByTestId("day-present").click();
  await child(page, ids[4]!).getByTestId("day-absent").click();
  await page.getByTestId("sheet-FAMILY").click();
  for (const i of [2, 3, 4]) await expect(child(page, ids[i]!)).toHaveAttribute("data-pending", "1");
  await expect(page.getByTestId("day-waiting-count")).toContainText("3");
  await expect(page.getByTestId("day-offline")).toBeVisible();
  await expect(child(page, ids[4]!)).toHaveAttribute("data-state", "absent");
  expect(await marksOf([ids[2]!, ids[3]!, ids[4]!])).toHaveLength(0);
  const kept = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = indexedDB.open("balabaqsha-attendance");
        req.onsuccess = () => {
          const get = req.result.transaction("marks").objectStore("marks").getAll();
          get.onsuccess = () => resolve(get.result as Record<string, unknown>[]);
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  expect(kept.map((m) => m.childId).sort()).toEqual([ids[2], ids[3], ids[4]].sort());

  // Meanwhile the kindergarten withdraws one of those children as of yesterday: that mark becomes impossible.
  await query(`UPDATE "Enrolment" SET "endsOn" = '2027-03-02' WHERE "childId" = $1 AND "groupId" = $2`, [
    ids[3],
    groupId,
  ]);

  // The connection returns: the marks are sent in order; the impossible one is reported, not applied.
  await context.setOffline(false);
  await expect(page.getByTestId("day-waiting-count")).toBeHidden({ timeout: 30_000 });
  const refused = page.locator(`[data-testid="day-refused-item"][data-child="${ids[3]}"]`);
  await expect(refused).toBeVisible();
  await expect(refused).toContainText("осы топта болмаған"); // kk: the child was not in the group that day
  const sent = await marksOf([ids[2]!, ids[3]!, ids[4]!]);
  expect(sent.map((m) => [m.childId, m.status, m.reason, m.revisions]).sort()).toEqual(
    [
      [ids[2], "PRESENT", null, 1],
      [ids[4], "ABSENT", "FAMILY", 1],
    ].sort(),
  );

  // A resend of a mark the server already applied (the phone lost the answer): the same key changes nothing.
  const again = kept.find((m) => m.childId === ids[2])!;
  await page.evaluate(
    (mark) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open("balabaqsha-attendance");
        req.onsuccess = () => {
          const tx = req.result.transaction("marks", "readwrite");
          tx.objectStore("marks").put(mark);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    again,
  );
  await page.reload();
  await expect(refused).toBeVisible(); // the refusal is kept on the phone until dismissed
  await expect(page.getByTestId("day-waiting-count")).toBeHidden({ timeout: 30_000 });
  await expect(child(page, ids[2]!)).toHaveAttribute("data-state", "present");
  const [resent] = await marksOf([ids[2]!]);
  expect(resent).toMatchObject({ status: "PRESENT", revisions: 1 });
  const [receipts] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ActionReceipt" WHERE key = ANY($1)`,
    [kept.map((m) => m.key)],
  );
  expect(receipts!.n).toBe(3);
  const [audits] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditLog" a JOIN "AttendanceMark" m ON a."entityId" = m.id::text
     WHERE a."entityType" = 'AttendanceMark' AND m."childId" = $1 AND m.date = $2`,
    [ids[2], DAY],
  );
  expect(audits!.n).toBe(1);

  // Everyone else present: the planned absence is marked with its reason; nothing is left unmarked.
  await page.getByTestId("day-everyone-present").click();
  await expect(page.getByTestId("day-count-unmarked")).toHaveText("0");
  await expect(page.getByTestId("day-waiting-count")).toBeHidden({ timeout: 30_000 });
  const [planned] = await marksOf([ids[6]!]);
  expect(planned).toMatchObject({ status: "ABSENT", reason: "VACATION" });
  await expect(child(page, ids[5]!)).toHaveAttribute("data-state", "present");

  await page.screenshot({ path: test.info().outputPath("day-view-390.png"), fullPage: true });
  // The refusal is dismissed; the page passes axe (no serious or critical violation).
  await refused.getByRole("button").click();
  await expect(refused).toBeHidden();
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const grave = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect(grave).toEqual([]);
});

test("the day view is installable: a manifest with icons, and a service worker it registers", async ({
  page,
  request,
}) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ display: "standalone", start_url: "/kindergarten" });
  for (const icon of manifest.icons as { src: string }[])
    expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");
  expect((await request.get("/sw.js")).ok()).toBe(true);
  await signInStaff(page, "educator", undefined, "ru");
  await page.getByTestId("kg-group-day-link").first().click();
  await expect(page.getByTestId("day-view")).toBeVisible();
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe("/");
  // The worker keeps the day view and the static files it loaded, so it opens from the home screen offline.
  // (Playwright's offline mode does not reach a service worker's own requests, so the cache is read here.)
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const cache = await caches.open("balabaqsha-day-v1");
        const paths = (await cache.keys()).map((r) => new URL(r.url).pathname);
        const kept = await cache.match(location.href);
        return {
          page: !!kept && (await kept.text()).includes('data-testid="day-view"'),
          statics: paths.some((p) => p.startsWith("/_next/static/chunks/")),
        };
      }),
    )
    .toEqual({ page: true, statics: true });
  await expect(page.getByTestId("day-offline-note")).toContainText("без связи");
  // Signing out deletes the kept pages (the children's names); the static files stay.
  await page.getByTestId("sign-out").click();
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  expect(
    await page.evaluate(async () => {
      const cache = await caches.open("balabaqsha-day-v1");
      const paths = (await cache.keys()).map((r) => new URL(r.url).pathname);
      return {
        pages: paths.filter((p) => !p.startsWith("/_next/static/")),
        statics: paths.some((p) => p.startsWith("/_next/static/")),
      };
    }),
  ).toEqual({ pages: [], statics: true });
});
