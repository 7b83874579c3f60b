// Takes screenshots of pages at desktop and phone widths, for looking at the UI.
// Usage: node scripts/screenshots.mjs <baseURL> <outDir> [--login educator | --parent <phone> <iin>] path1 path2 …
import { chromium } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

const [baseURL, outDir, ...rest] = process.argv.slice(2);
let login = null;
let parentPhone = null;
let parentIin = null;
const paths = [];
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === "--login") login = rest[++i];
  else if (rest[i] === "--parent") [parentPhone, parentIin] = [rest[++i], rest[++i]];
  else paths.push(rest[i]);
}
fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
let storageState;
for (const [name, viewport] of [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 390, height: 844 }],
]) {
  const context = await browser.newContext({ viewport, baseURL, storageState });
  const page = await context.newPage();
  if (storageState) login = parentPhone = null; // signed in already (codes are limited to one a minute)
  if (login) {
    await page.goto("/kk/sign-in?as=staff");
    await page.locator("#login").fill(login);
    await page.locator("#password").fill("demo12345");
    await page.getByTestId("staff-submit").click();
    await page.waitForURL((u) => !u.pathname.endsWith("/sign-in") && !u.pathname.endsWith("/welcome"));
  }
  if (parentPhone) {
    await page.goto("/kk/sign-in");
    await page.locator("#phone").fill(parentPhone);
    await page.locator("#iin").fill(parentIin);
    await page.getByTestId("send-code").click();
    await page.getByTestId("code-sent").waitFor();
    const outbox = await context.newPage();
    await outbox.goto("/kk/demo/outbox");
    const body = await outbox.getByTestId("outbox-body").first().innerText();
    await outbox.close();
    await page.locator("#code").fill(/(\d{6})/.exec(body)[1]);
    await page.getByTestId("verify-code").click();
    await page.waitForURL("**/cabinet");
  }
  storageState = await context.storageState();
  for (let p of paths) {
    // "from:/kk/kindergarten@kg-group-link/summary" opens the first link with that test id (+ a suffix).
    const m = /^from:(.+)@([\w-]+)(.*)$/.exec(p);
    if (m) {
      await page.goto(m[1]);
      p = (await page.getByTestId(m[2]).first().getAttribute("href")).replace(/\/attendance$/, "") + m[3];
    }
    await page.goto(p);
    await page.waitForLoadState("networkidle");
    const file = path.join(outDir, `${name}-${p.replace(/[^a-z0-9]+/gi, "_")}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();
