import { describe, expect, it } from "vitest";
import { nulCharacterError } from "@/lib/action/raw-input";

// Input carrying U+0000 (which Postgres cannot store) is refused per field before parsing.
describe("nulCharacterError", () => {
  it("finds U+0000 in a field, a nested value, an array item and a key", () => {
    const e = nulCharacterError({ id: "\u0000", ok: "text", a: { b: ["x", "y\u0000z"] }, "k\u0000": "v" });
    expect(e?.issues.map((i) => i.path)).toEqual([["id"], ["a", "b", 1], ["k\u0000"]]);
    expect(e?.issues.every((i) => i.message === "validation.invalid")).toBe(true);
  });
  it("lets clean input, numbers, null and files pass", () => {
    expect(nulCharacterError({ a: "Әлия", n: 1, z: null, f: new File(["\u0000"], "a.bin") })).toBeNull();
    expect(nulCharacterError("plain")).toBeNull();
    expect(nulCharacterError("\u0000")?.issues[0]?.path).toEqual([]);
  });
});
