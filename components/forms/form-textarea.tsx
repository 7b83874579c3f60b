"use client";
import type { ReactNode } from "react";
import { inputClass } from "@/components/ui/field";
import { useFieldState } from "./field-state";

// A multi-line text inside an ActionForm, with the server's translated error.
export function FormTextarea({
  name,
  label,
  hint,
  required,
  defaultValue,
  idPrefix = "",
  rows = 3,
  maxLength,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  defaultValue?: string;
  idPrefix?: string;
  rows?: number;
  maxLength?: number;
}) {
  const { error, kept } = useFieldState(name);
  const id = `${idPrefix}${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea
        key={kept ?? "initial"}
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        required={required}
        defaultValue={kept ?? defaultValue}
        aria-invalid={!!error}
        className={inputClass}
      />
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p className="text-sm text-red-700" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
