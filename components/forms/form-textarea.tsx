"use client";
import type { ReactNode } from "react";
import { inputClass } from "@/components/ui/field";
import { useErrorText } from "@/components/auth/use-error-text";
import { useFormStateContext } from "./action-form";

// A multi-line text inside an ActionForm, with the server's translated error.
export function FormTextarea({ name, label, hint, required, defaultValue, idPrefix = "", rows = 3, maxLength }: { name: string; label: ReactNode; hint?: ReactNode; required?: boolean; defaultValue?: string; idPrefix?: string; rows?: number; maxLength?: number }) {
  const state = useFormStateContext();
  const errorText = useErrorText();
  const id = `${idPrefix}${name}`;
  const error = errorText(state.fieldErrors?.[name]);
  const kept = state.ok ? undefined : state.values?.[name];
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">{label}</label>
      <textarea key={kept ?? "initial"} id={id} name={name} rows={rows} maxLength={maxLength} required={required} defaultValue={kept ?? defaultValue}
        aria-invalid={!!error} className={inputClass} />
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error ? <p className="text-sm text-red-700" data-testid={`${id}-error`}>{error}</p> : null}
    </div>
  );
}
