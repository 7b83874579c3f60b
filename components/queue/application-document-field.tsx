"use client";
import { useErrorText } from "@/components/auth/use-error-text";
import { useFormStateContext } from "@/components/forms/action-form";

// A document upload of the application (PDF, JPG or PNG up to 5 MB) with the server's translated error.
export function DocumentField({
  label,
  hint,
  name = "document",
  testId = "apply-document",
}: {
  label: string;
  hint: string;
  name?: "document" | "representativeDocument";
  testId?: string;
}) {
  const state = useFormStateContext();
  const errorText = useErrorText(state.texts);
  const error = errorText(state.fieldErrors?.[name]);
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-invalid={!!error}
        aria-describedby={`${name}-hint`}
        data-testid={testId}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
      />
      <p id={`${name}-hint`} className="text-xs text-slate-500">
        {hint}
      </p>
      {error ? (
        <p className="text-sm text-red-700" data-testid={`${testId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
