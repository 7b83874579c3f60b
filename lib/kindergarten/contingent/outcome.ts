import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";

/** A refusal of bad input: translation keys per field and an optional form message with its values. */
export type Refused = {
  ok: false;
  fieldErrors: Record<string, string>;
  message?: string;
  messageValues?: Record<string, string | number>;
};

/** What a contingent operation returns: its result, or why the input was refused (nothing was changed). */
export type Outcome<T> = { ok: true; value: T } | Refused;

// Thrown inside a transaction to roll back whatever it already wrote and return the refusal.
class Refusal extends Error {
  constructor(readonly refused: Refused) {
    super("refused");
  }
}

// Refuses the input from inside runRefusable's transaction (everything written so far is rolled back).
export function refuse(
  fieldErrors: Record<string, string>,
  message?: string,
  messageValues?: Record<string, string | number>,
): never {
  throw new Refusal({ ok: false, fieldErrors, message, messageValues });
}

// Refuses when any field error was collected; otherwise does nothing.
export function refuseIfAny(
  fieldErrors: Record<string, string>,
  message?: string,
  messageValues?: Record<string, string | number>,
): void {
  if (Object.keys(fieldErrors).length > 0 || message) refuse(fieldErrors, message, messageValues);
}

// Runs fn in one transaction; a refusal rolls it back and comes back as the outcome, other errors propagate.
export async function runRefusable<T>(fn: (tx: Tx) => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await prisma.$transaction(fn, { timeout: 15_000, maxWait: 10_000 }) };
  } catch (e) {
    if (e instanceof Refusal) return e.refused;
    throw e;
  }
}
