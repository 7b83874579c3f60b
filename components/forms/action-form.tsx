"use client";
import { createContext, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useErrorText } from "@/components/auth/use-error-text";

type ServerAction = (prev: FormState, formData: FormData) => Promise<FormState>;

const FormStateContext = createContext<FormState>(initialFormState);

// The state of the enclosing ActionForm (field errors for FormField).
export function useFormStateContext(): FormState {
  return useContext(FormStateContext);
}

// A form bound to a server action: disabled while submitting, field errors under the fields,
// the result message (translated) in a live region; optionally cleared after success.
export function ActionForm({
  action,
  submitLabel,
  children,
  testId,
  resetOnSuccess = false,
  variant = "primary",
  className = "space-y-4",
  hidden,
}: {
  action: ServerAction;
  submitLabel: string;
  children?: ReactNode;
  testId?: string;
  resetOnSuccess?: boolean;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  hidden?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const errorText = useErrorText(state.texts);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess]);
  return (
    <FormStateContext.Provider value={state}>
      <form ref={form} action={formAction} className={className} data-testid={testId} noValidate>
        {hidden
          ? Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)
          : null}
        <fieldset disabled={pending} className="contents">
          {children}
          <div>
            <Button type="submit" variant={variant} data-testid={testId ? `${testId}-submit` : undefined}>
              {submitLabel}
            </Button>
          </div>
        </fieldset>
        {state.message ? (
          <Alert tone={state.ok ? "success" : "error"} testId={testId ? `${testId}-message` : undefined}>
            {errorText(state.message, state.messageValues)}
          </Alert>
        ) : null}
      </form>
    </FormStateContext.Provider>
  );
}
