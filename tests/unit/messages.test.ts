import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import kk from "@/messages/kk.json";
import { ERROR_CODES } from "@/lib/errors/app-error";

type Tree = { [k: string]: string | string[] | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" || Array.isArray(v) ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function placeholders(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === "string")
      out.set(
        `${prefix}${k}`,
        [...v.matchAll(/\{(\w+)\}/g)]
          .map((m) => m[1])
          .sort()
          .join(","),
      );
    else if (!Array.isArray(v)) for (const [kk2, vv] of placeholders(v, `${prefix}${k}.`)) out.set(kk2, vv);
  }
  return out;
}

const files = { en, ru, kk } as unknown as Record<string, Tree>;

describe("translations", () => {
  const reference = new Set(Object.values(files).flatMap((f) => keys(f)));
  for (const [locale, tree] of Object.entries(files)) {
    it(`${locale} has every key of the other languages`, () => {
      const own = new Set(keys(tree));
      expect([...reference].filter((k) => !own.has(k))).toEqual([]);
    });
    it(`${locale} uses the same placeholders as English`, () => {
      const mine = placeholders(tree);
      const ref = placeholders(files.en!);
      const diff = [...ref].filter(([k, v]) => mine.get(k) !== v).map(([k]) => k);
      expect(diff).toEqual([]);
    });
    it(`${locale} translates every error code`, () => {
      const own = new Set(keys(tree));
      expect(ERROR_CODES.filter((c) => !own.has(`errors.${c}`))).toEqual([]);
    });
  }
});
