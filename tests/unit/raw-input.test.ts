import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nulCharacterError } from "@/lib/action/raw-input";
import { fieldErrorsOf } from "@/lib/form-state";

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

describe("fieldErrorsOf", () => {
  it("keeps an error under a field named like an Object method", () => {
    const e = nulCharacterError({ valueOf: "a\u0000b", constructor: "\u0000", __proto__x: "ok" })!;
    expect(fieldErrorsOf(e)).toEqual({ valueOf: "validation.invalid", constructor: "validation.invalid" });
    const parsed = z.object({ toString: z.string() }).safeParse({});
    expect(fieldErrorsOf(parsed.error!)).toEqual({ toString: "validation.invalid" });
  });
});
