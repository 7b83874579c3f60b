import "server-only";
import { prisma, type Tx } from "@/lib/db/prisma";
import type { MessageKey } from "./message-key";

type Values = Record<string, string | number>;

// A business rule said no (e.g. "capacity below the children enrolled"): a translation key, the field
// it concerns and its placeholders' values — or several fields at once. Thrown inside the operation's
// transaction, so nothing is written; the action builder turns it into the form's errors.
export class Refusal extends Error {
  constructor(
    public readonly key: MessageKey,
    public readonly field?: string,
    public readonly values?: Values,
    /** Several fields refused at once (a form message may come with them as `key`). */
    public readonly fieldErrors?: Record<string, MessageKey>,
  ) {
    super(key);
    this.name = "Refusal";
  }
}

/** Why the input was refused (nothing was changed): translation keys per field and a form message. */
export type Refused = {
  ok: false;
  fieldErrors: Record<string, string>;
  message?: string;
  messageValues?: Values;
};

/** What a domain operation returns when it reports refusals instead of throwing them. */
export type Outcome<T> = { ok: true; value: T } | Refused;

// Refuses the input with errors under several fields (and an optional form message) from inside a
// transaction: everything written so far is rolled back.
export function refuse(fieldErrors: Record<string, string>, message?: string, values?: Values): never {
  throw new Refusal(
    (message ?? "") as MessageKey,
    undefined,
    values,
    fieldErrors as Record<string, MessageKey>,
  );
}

// Refuses when any field error (or a message) was collected; otherwise does nothing.
export function refuseIfAny(fieldErrors: Record<string, string>, message?: string, values?: Values): void {
  if (Object.keys(fieldErrors).length > 0 || message) refuse(fieldErrors, message, values);
}

// The refusal as field errors and a form message: a plain key goes under its field; a key with
// placeholders (or without a field) becomes the form's message, and its field is marked invalid.
export function refusedOf(r: Refusal): Refused {
  if (r.fieldErrors) {
    return { ok: false, fieldErrors: r.fieldErrors, message: r.key || undefined, messageValues: r.values };
  }
  if (r.field && !r.values) return { ok: false, fieldErrors: { [r.field]: r.key } };
  return {
    ok: false,
    fieldErrors: r.field ? { [r.field]: "validation.invalid" } : {},
    message: r.key,
    messageValues: r.values,
  };
}

// Runs fn in one transaction; a refusal rolls it back and comes back as the outcome, other errors propagate.
export async function runRefusable<T>(fn: (tx: Tx) => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await prisma.$transaction(fn, { timeout: 15_000, maxWait: 10_000 }) };
  } catch (e) {
    if (e instanceof Refusal) return refusedOf(e);
    throw e;
  }
}

// The value of an outcome, or its refusal thrown again (for an action body).
export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new Refusal(
    (outcome.message ?? "") as MessageKey,
    undefined,
    outcome.messageValues,
    outcome.fieldErrors as Record<string, MessageKey>,
  );
}
