import { afterEach, describe, expect, it, vi } from "vitest";
import { slots, withExportSlot } from "@/lib/reports/export-slots";

// The export slots: at most `running` at once, a bounded queue that waits at most `waitMs`, a slot
// handed to the next waiter when released, and a 503 with Retry-After for a download that gets none.

afterEach(() => {
  vi.useRealTimers();
});

describe("export slots", () => {
  it("runs two at once, queues the next ones in order and hands each freed slot on", async () => {
    const pool = slots({ running: 2, waiting: 2, waitMs: 1000 });
    const a = await pool.acquire();
    const b = await pool.acquire();
    expect(pool.running).toBe(2);
    const order: string[] = [];
    const c = pool.acquire().then((r) => (order.push("c"), r));
    const d = pool.acquire().then((r) => (order.push("d"), r));
    expect(pool.waiting).toBe(2);
    // The queue is full: a fifth is refused at once.
    expect(await pool.acquire()).toBeNull();
    a!();
    a!(); // releasing twice frees one slot only
    const rc = await c;
    expect(rc).toBeTypeOf("function");
    expect(pool.waiting).toBe(1);
    b!();
    const rd = await d;
    expect(order).toEqual(["c", "d"]);
    rc!();
    rd!();
    expect(pool.running).toBe(0);
    expect(pool.waiting).toBe(0);
  });

  it("gives up on a waiter after waitMs", async () => {
    vi.useFakeTimers();
    const pool = slots({ running: 1, waiting: 4, waitMs: 1000 });
    const a = await pool.acquire();
    const late = pool.acquire();
    await vi.advanceTimersByTimeAsync(1001);
    expect(await late).toBeNull();
    expect(pool.waiting).toBe(0);
    a!();
    expect(pool.running).toBe(0);
  });

  it("answers 503 with Retry-After when no slot is free, and frees the slot once the body is read", async () => {
    const pool = slots({ running: 1, waiting: 0, waitMs: 1000 });
    const first = await withExportSlot("en", async () => new Response("file"), pool);
    expect(pool.running).toBe(1); // held while the body is unread
    const refused = await withExportSlot("ru", async () => new Response("other"), pool);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("Retry-After")).toBe("5");
    expect(await refused.text()).toMatch(/выгрузок/);
    expect(await first.text()).toBe("file");
    expect(pool.running).toBe(0);
    // A failing build frees its slot too.
    await expect(withExportSlot("en", async () => Promise.reject(new Error("boom")), pool)).rejects.toThrow(
      "boom",
    );
    expect(pool.running).toBe(0);
  });
});
