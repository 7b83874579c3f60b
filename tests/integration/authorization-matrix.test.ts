// The authorization matrix: every server action and route handler the builder registered (read from
// its registry after importing every "use server" module and every route.ts), for each of nine actors,
// against a real database — allowed, or refused. An action without an entry here fails the test, and
// so does a "use server" module that exports anything the builder did not make. The table (who may, and
// an input that passes each schema) is in ./fixtures/matrix-cases.ts; the input fuzz shares it.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBuiltAction, registeredActions } from "@/lib/action/registry";
import { disconnectPrisma, getPrisma, resetDatabase } from "./helpers/db";
import { MATRIX } from "./fixtures/matrix-cases";
import { ACTORS, makeMatrixWorld, type MatrixWorld } from "./fixtures/matrix-world";

const db = getPrisma();
const NOW = new Date("2026-11-30T06:00:00Z");
const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [p] : [];
  });
}
const serverModules = sourceFiles(path.join(root, "lib")).filter((f) =>
  /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")),
);
const routeModules = sourceFiles(path.join(root, "app")).filter((f) => path.basename(f) === "route.ts");

let world: MatrixWorld;
beforeAll(async () => {
  for (const f of [...serverModules, ...routeModules]) await import(/* @vite-ignore */ f);
  await resetDatabase();
  world = await makeMatrixWorld(db, NOW);
});
afterAll(disconnectPrisma);

describe("the authorization matrix", () => {
  it('every export of a "use server" module is made by the action builder', async () => {
    expect(serverModules.length).toBeGreaterThan(15);
    for (const f of serverModules) {
      const mod = (await import(/* @vite-ignore */ f)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod))
        expect(isBuiltAction(value), `${path.relative(root, f)}: ${name}`).toBe(true);
    }
    for (const f of routeModules) {
      const mod = (await import(/* @vite-ignore */ f)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"])
        if (method in mod)
          expect(isBuiltAction(mod[method]), `${path.relative(root, f)}: ${method}`).toBe(true);
    }
  });

  it("covers every registered action and route handler for nine actors", async () => {
    const actions = registeredActions();
    const names = actions.map((a) => a.name).sort();
    expect(
      names.filter((n) => !(n in MATRIX)),
      "actions without a matrix entry",
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((n) => !names.includes(n)),
      "matrix entries of no action",
    ).toEqual([]);
    const wrong: string[] = [];
    let cases = 0;
    for (const action of actions) {
      const entry = MATRIX[action.name]!;
      for (const key of ACTORS) {
        const result = await action.check(world.actors[key], entry.input(world));
        cases++;
        expect(result, `${action.name}: the sample input must pass the schema`).not.toBe("invalid_input");
        const expected = entry.allowed.includes(key);
        if ((result === "allowed") !== expected)
          wrong.push(`${action.name} × ${key}: ${result}, expected ${expected ? "allowed" : "refused"}`);
        if (key === "anonymous" && !expected) expect(result, action.name).toBe("unauthenticated");
      }
    }
    expect(wrong).toEqual([]);
    console.log(`authorization matrix: ${actions.length} actions, ${ACTORS.length} actors, ${cases} cases`);
  });
});
