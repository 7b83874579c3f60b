import { z } from "zod";

// Postgres text and jsonb cannot hold the character U+0000: a string carrying it fails the query that
// stores or compares it (a server error, found by the input fuzz of issue 15). The action and route
// builders refuse such input before parsing, as invalid input under the field that carries it.
const MAX_DEPTH = 8;

function nulPaths(value: unknown, path: (string | number)[], out: (string | number)[][], depth: number) {
  if (typeof value === "string") {
    if (value.includes("\u0000")) out.push(path);
    return;
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => nulPaths(v, [...path, i], out, depth + 1));
    return;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return;
  for (const [k, v] of Object.entries(value)) {
    if (k.includes("\u0000")) out.push([...path, k]);
    else nulPaths(v, [...path, k], out, depth + 1);
  }
}

// The raw input's strings (and keys) that carry U+0000, as a zod error per field; null when there are none.
export function nulCharacterError(raw: unknown): z.ZodError | null {
  const paths: (string | number)[][] = [];
  nulPaths(raw, [], paths, 0);
  if (!paths.length) return null;
  return new z.ZodError(
    paths.map((path) => ({ code: "custom" as const, path, message: "validation.invalid", input: undefined })),
  );
}
