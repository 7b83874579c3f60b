import { describe, expect, it } from "vitest";
import { declaredBodyTooLarge, MAX_BODY_BYTES } from "@/lib/storage/body-limit";

describe("the declared size of a request body", () => {
  it("refuses only a well-formed length above the limit; no or a malformed length is left to the streaming cap", () => {
    expect(MAX_BODY_BYTES).toBe(21 * 1024 * 1024);
    expect(declaredBodyTooLarge(String(MAX_BODY_BYTES))).toBe(false);
    expect(declaredBodyTooLarge(String(MAX_BODY_BYTES + 1))).toBe(true);
    expect(declaredBodyTooLarge(" 99999999999 ")).toBe(true);
    expect(declaredBodyTooLarge("11", 10)).toBe(true);
    expect(declaredBodyTooLarge(null)).toBe(false);
    expect(declaredBodyTooLarge("")).toBe(false);
    expect(declaredBodyTooLarge("-5")).toBe(false);
    expect(declaredBodyTooLarge("1e9")).toBe(false);
  });
});
