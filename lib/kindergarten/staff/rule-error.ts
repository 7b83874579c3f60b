import type { FormState } from "@/lib/form-state";

// A staff rule the input breaks (names differ for a known IIN, ending one's own employment, …):
// carries a translation key and, when it concerns one field, that field's name.
export class StaffRuleError extends Error {
  constructor(public readonly key: string, public readonly field?: string) {
    super(key);
    this.name = "StaffRuleError";
  }
}

// The form state for a broken rule: the message under its field, or as the form's message.
export function ruleFormState(e: StaffRuleError, values?: Record<string, string>): FormState {
  return e.field ? { ok: false, fieldErrors: { [e.field]: e.key }, values } : { ok: false, message: e.key, values };
}
