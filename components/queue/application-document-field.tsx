"use client";
import { useErrorText } from "@/components/auth/use-error-text";
import { useFormStateContext } from "@/components/forms/action-form";

// The priority document upload (PDF, JPG or PNG up to 5 MB) with the server's translated error.
export function DocumentField({ label, hint }: { label: string; hint: string }) {
  const state = useFormStateContext();
  const errorText = useErrorText();
  const error = errorText(state.fieldErrors?.document);
  return (
    <div className="space-y-1">
      <label htmlFor="document" className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id="document"
        name="document"
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-invalid={!!error}
        aria-describedby="document-hint"
        data-testid="apply-document"
        className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
      />
      <p id="document-hint" className="text-xs text-slate-500">
        {hint}
      </p>
      {error ? (
        <p className="text-sm text-red-700" data-testid="document-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
