import { describe, expect, it } from "vitest";
import { formatMonth, monthRange } from "@/lib/format";

describe("month pickers speak the page's language", () => {
  it("names a month in kk, ru and en, capitalised, whatever the browser's language", () => {
    expect(formatMonth(2026, 11, "kk")).toBe("2026 ж. қараша"); // the Kazakh order: year first
    expect(formatMonth(2026, 11, "ru")).toMatch(/^Ноябрь 2026/);
    expect(formatMonth(2026, 11, "en")).toBe("November 2026");
  });

  it("lists the months from one to another, newest first, across a year end", () => {
    expect(monthRange("2025-11", "2026-02")).toEqual(["2026-02", "2026-01", "2025-12", "2025-11"]);
    expect(monthRange("2026-02", "2026-02")).toEqual(["2026-02"]);
    expect(monthRange("2026-03", "2026-02")).toEqual([]);
  });
});
