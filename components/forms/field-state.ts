"use client";
import { useErrorText } from "@/components/auth/use-error-text";
import { useFormStateContext } from "./action-form";

// A field's state inside an ActionForm: its translated error and, after a failed submit, the
// value the user typed (so nothing typed is lost).
export function useFieldState(name: string): { error: string | undefined; kept: string | undefined } {
  const state = useFormStateContext();
  const errorText = useErrorText(state.texts);
  return { error: errorText(state.fieldErrors?.[name]), kept: state.ok ? undefined : state.values?.[name] };
}
