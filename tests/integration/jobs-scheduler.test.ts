import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { makeDistrict, makeVoucherChild } from "./fixtures/voucher";
import { startJobScheduler } from "@/lib/jobs/scheduler";
import { JOBS } from "@/lib/jobs/registry";
import { setClock } from "@/lib/clock/clock";

const db = getPrisma();
beforeEach(resetDatabase);
afterAll(async () => {
  setClock(null);
  await disconnectPrisma();
});

describe("the pg-boss scheduler", () => {
  it("schedules every job daily at 00:05 Asia/Almaty and runs a delivered job at the current now", async () => {
    const {
      kgs: [A],
    } = await makeDistrict(db, [{ name: "Балапан" }]);
    const { child } = await makeVoucherChild(db, {
      name: "Кезек",
      stays: [{ kg: A!, from: "2026-09-01" }],
      sheets: [{ kg: A!, month: 11, status: "OPEN" }],
    });
    setClock(new Date("2026-12-11T00:05:00+05:00"));
    const boss = await startJobScheduler();
    expect(boss).not.toBeNull();
    try {
      expect(await startJobScheduler()).toBe(boss); // once per process
      const schedules = (await boss!.getSchedules())
        .map((s) => [s.name, s.cron, (s as { timezone?: string }).timezone ?? s.options?.tz])
        .sort();
      // Every job with a schedule is scheduled exactly as it declares (cron in its time zone).
      expect(schedules).toEqual(
        JOBS.filter((j) => j.schedule)
          .map((j) => [j.name, j.schedule!.cron, j.schedule!.tz])
          .sort(),
      );

      await boss!.send("close-window", {});
      const deadline = Date.now() + 30_000;
      let status = "OPEN";
      while (status === "OPEN" && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        status = (await db.timesheet.findFirstOrThrow({ where: { childId: child.id } })).status;
      }
      expect(status).toBe("NOT_CONFIRMED");
    } finally {
      await boss!.stop({ graceful: true, wait: true, timeout: 5_000 });
    }
  }, 60_000);
});
