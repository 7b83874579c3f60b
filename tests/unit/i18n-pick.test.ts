import { describe, expect, it } from "vitest";
import { pickMessages } from "@/lib/i18n-pick";

describe("the messages a client component is given", () => {
  const all = { nav: { a: "A", b: "B" }, errors: { internal: "I", other: "O" }, big: { x: "X" } };

  it("keeps whole namespaces and single dotted keys, with their nesting, and nothing else", () => {
    expect(pickMessages(all, ["nav", "errors.internal"])).toEqual({
      nav: { a: "A", b: "B" },
      errors: { internal: "I" },
    });
  });

  it("merges paths under one namespace and ignores paths that do not exist", () => {
    expect(pickMessages(all, ["errors.internal", "errors.other", "nope", "nav.zzz"])).toEqual({
      errors: { internal: "I", other: "O" },
    });
  });
});
