import type { z } from "zod";

// What a server action returns to its form: field errors and a message, as translation keys.
export type FormState = {
  ok: boolean;
  fieldErrors?: Record<string, string>;
  message?: string;
  /** Values for the message's placeholders. */
  messageValues?: Record<string, string | number>;
  /** What was submitted, so a failed form keeps it. */
  values?: Record<string, string>;
  /** The message's and the field errors' texts in the request's language, by key (the browser holds
   *  no message catalogue for them). */
  texts?: Record<string, string>;
};

export const initialFormState: FormState = { ok: false };

// The first error of each field of a failed zod parse, as translation keys.
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    // (Own keys only: a field named "valueOf" or "__proto__" is a field like any other — issue 15's fuzz.)
    const path0 = String(issue.path[0] ?? "form");
    const key = path0 === "__proto__" ? "form" : path0;
    if (!Object.hasOwn(out, key))
      out[key] = issue.message.startsWith("validation.") ? issue.message : "validation.invalid";
  }
  return out;
}

// The submitted text fields of a form, to give back with errors.
export function submittedValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData) if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  return out;
}
