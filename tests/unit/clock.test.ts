import { afterEach, describe, expect, it } from "vitest";
import { now, parseClockOverride, setClock, withClock } from "@/lib/clock/clock";

afterEach(() => {
  setClock(null);
  delete process.env.BALABAQSHA_NOW;
});

describe("parseClockOverride", () => {
  it("accepts ISO date-times with an offset", () => {
    expect(parseClockOverride("2026-03-10T19:00:00Z")?.toISOString()).toBe("2026-03-10T19:00:00.000Z");
    expect(parseClockOverride("2026-03-11T00:00:00+05:00")?.toISOString()).toBe("2026-03-10T19:00:00.000Z");
    expect(parseClockOverride(" 2026-03-10T19:00:00.123Z ")?.toISOString()).toBe("2026-03-10T19:00:00.123Z");
    expect(parseClockOverride("2028-02-29T08:30Z")?.toISOString()).toBe("2028-02-29T08:30:00.000Z");
  });

  it("returns null for garbage, impossible dates and zone-less times", () => {
    for (const bad of [
      undefined,
      "",
      "now",
      "2026-03-10",
      "2026-03-10T19:00:00",
      "2026-02-30T10:00:00Z",
      "2027-02-29T10:00:00Z",
      "2026-03-10T24:00:00Z",
      "2026-13-01T00:00:00Z",
      "1741633200000",
    ]) {
      expect(parseClockOverride(bad), String(bad)).toBeNull();
    }
  });
});

describe("now", () => {
  it("follows real time when nothing is set", () => {
    const before = Date.now();
    const t = now().getTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
  });

  it("reads BALABAQSHA_NOW lazily, ignoring garbage", () => {
    process.env.BALABAQSHA_NOW = "2026-09-01T03:00:00Z";
    expect(now().toISOString()).toBe("2026-09-01T03:00:00.000Z");
    process.env.BALABAQSHA_NOW = "not a date";
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("prefers setClock over the environment, and setClock(null) falls back", () => {
    process.env.BALABAQSHA_NOW = "2026-09-01T03:00:00Z";
    setClock(new Date("2030-01-01T00:00:00Z"));
    expect(now().toISOString()).toBe("2030-01-01T00:00:00.000Z");
    setClock(null);
    expect(now().toISOString()).toBe("2026-09-01T03:00:00.000Z");
  });

  it("cannot be mutated through the returned or passed Date", () => {
    const d = new Date("2026-01-01T00:00:00Z");
    setClock(d);
    d.setUTCFullYear(1999);
    now().setUTCFullYear(1998);
    expect(now().toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("rejects an invalid date", () => {
    expect(() => setClock(new Date("nope"))).toThrow(RangeError);
  });
});

describe("withClock", () => {
  it("sets the clock inside and restores the previous one after", () => {
    setClock(new Date("2026-01-01T00:00:00Z"));
    const inside = withClock(new Date("2027-06-01T12:00:00Z"), () => now().toISOString());
    expect(inside).toBe("2027-06-01T12:00:00.000Z");
    expect(now().toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("restores after a throw", () => {
    expect(() =>
      withClock(new Date("2027-06-01T12:00:00Z"), () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(now().getFullYear()).toBeGreaterThanOrEqual(2025); // real time again (not 2027-06-01 frozen)
    expect(now().toISOString()).not.toBe("2027-06-01T12:00:00.000Z");
  });

  it("restores only after an async fn settles", async () => {
    const p = withClock(new Date("2027-06-01T12:00:00Z"), async () => {
      await new Promise((r) => setTimeout(r, 5));
      return now().toISOString();
    });
    expect(now().toISOString()).toBe("2027-06-01T12:00:00.000Z");
    expect(await p).toBe("2027-06-01T12:00:00.000Z");
    expect(now().toISOString()).not.toBe("2027-06-01T12:00:00.000Z");
  });
});
