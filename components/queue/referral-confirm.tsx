"use client";
import { useErrorText } from "@/components/auth/use-error-text";
import { useFormStateContext } from "@/components/forms/action-form";

// A "yes, I understand" tick inside an ActionForm, with the server's translated error when it was left empty.
export function ConfirmTick({ id, label, name = "confirm" }: { id: string; label: string; name?: string }) {
  const state = useFormStateContext();
  const errorText = useErrorText(state.texts);
  const error = errorText(state.fieldErrors?.[name]);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="flex items-start gap-2 text-sm text-slate-800">
        <input
          id={id}
          name={name}
          type="checkbox"
          className="mt-1 h-4 w-4"
          aria-invalid={!!error}
          data-testid={id}
        />
        <span>{label}</span>
      </label>
      {error ? (
        <p className="text-sm text-red-700" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
