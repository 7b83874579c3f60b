import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/form-state";

// Runs an action's body and turns coded errors into a form message ("errors.<code>");
// anything else is a bug and is rethrown (Next shows the error page and logs it).
export async function asFormState(fn: () => Promise<FormState>): Promise<FormState> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError) return { ok: false, message: `errors.${e.code}` };
    throw e;
  }
}
