import "server-only";
import type { FormState } from "@/lib/form-state";
import { submittedValues } from "@/lib/form-state";

// A business rule said no (e.g. "capacity below the children enrolled"): a translation key,
// the field it concerns, and the values of the key's placeholders. Thrown inside the operation's
// transaction, so nothing is written.
export class Refusal extends Error {
  constructor(
    public readonly key: string,
    public readonly field?: string,
    public readonly values?: Record<string, string | number>,
  ) {
    super(key);
    this.name = "Refusal";
  }
}

// The form state of a refusal: a plain key goes under its field; a key with placeholders (or
// without a field) becomes the form's message, and its field is marked as invalid.
export function refusalState(r: Refusal, formData: FormData): FormState {
  const values = submittedValues(formData);
  if (r.field && !r.values) return { ok: false, fieldErrors: { [r.field]: r.key }, values };
  return {
    ok: false,
    message: r.key,
    messageValues: r.values,
    fieldErrors: r.field ? { [r.field]: "validation.invalid" } : undefined,
    values,
  };
}

// Runs an action body and turns a Refusal into a failed form state (other errors pass through).
export async function refusing(formData: FormData, fn: () => Promise<FormState>): Promise<FormState> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof Refusal) return refusalState(e, formData);
    throw e;
  }
}
