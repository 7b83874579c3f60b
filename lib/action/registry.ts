import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/policy";

/** How an action's authorization came out for an actor and an input (the authorization matrix asks). */
export type AccessCheck = "allowed" | "unauthenticated" | "forbidden" | "not_found" | "invalid_input";

/** What the builder keeps of every action and route handler it made. */
export type RegisteredAction = {
  name: string;
  kind: "form" | "json" | "route";
  permission: Action;
  schema: z.ZodType;
  /** Session → parse → load the resource → authorize, for a given actor; runs nothing. */
  check: (actor: Actor | null, raw: unknown) => Promise<AccessCheck>;
};

const registry = new Map<string, RegisteredAction>();
const built = new WeakMap<object, string>();

// Records an action under its unique name (a second definition with the same name is a bug).
export function register(entry: RegisteredAction, fn: object): void {
  const existing = registry.get(entry.name);
  if (existing && existing.schema !== entry.schema)
    throw new Error(`Action "${entry.name}" is defined twice`);
  registry.set(entry.name, entry);
  built.set(fn, entry.name);
}

// Every action and route handler defined so far (their modules must have been imported).
export function registeredActions(): RegisteredAction[] {
  return [...registry.values()];
}

// True for a function the builder made (a "use server" module may export nothing else).
export function isBuiltAction(fn: unknown): boolean {
  return typeof fn === "function" && built.has(fn);
}

// The registered name of a function the builder made (the input fuzz calls each action by its name).
export function builtActionName(fn: unknown): string | undefined {
  return typeof fn === "function" ? built.get(fn) : undefined;
}
