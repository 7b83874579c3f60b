"use client";
import { useErrorText } from "@/components/auth/use-error-text";
import { useFormStateContext } from "@/components/forms/action-form";

// The officer's choice inside the decision form — the kindergarten was right, or the marks must be
// corrected — with the server's translated error when none was chosen.
export function OutcomeChoice({
  idPrefix,
  legend,
  forKindergarten,
  forParent,
}: {
  idPrefix: string;
  legend: string;
  forKindergarten: string;
  forParent: string;
}) {
  const state = useFormStateContext();
  const errorText = useErrorText(state.texts);
  const error = errorText(state.fieldErrors?.outcome);
  const kept = state.ok ? undefined : state.values?.outcome;
  const option = (value: "kindergarten" | "parent", label: string) => (
    <label htmlFor={`${idPrefix}${value}`} className="flex items-center gap-2 text-sm text-slate-800">
      <input
        id={`${idPrefix}${value}`}
        type="radio"
        name="outcome"
        value={value}
        defaultChecked={kept === value}
        data-testid={`outcome-${value}`}
        className="h-4 w-4"
      />
      {label}
    </label>
  );
  return (
    <fieldset className="space-y-1" aria-invalid={!!error}>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      {option("kindergarten", forKindergarten)}
      {option("parent", forParent)}
      {error ? (
        <p className="text-sm text-red-700" data-testid={`${idPrefix}outcome-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
