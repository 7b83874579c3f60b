"use client";
import type { ReactNode } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { useFieldState } from "./field-state";

type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  defaultValue?: string | number;
  idPrefix?: string;
};

// An input inside an ActionForm: shows the server's translated error for its name and keeps
// the submitted value after a failed submit.
export function FormField({
  name,
  label,
  hint,
  required,
  defaultValue,
  idPrefix = "",
  type = "text",
  ...rest
}: Common & {
  type?: string;
  inputMode?: "numeric" | "tel" | "text";
  maxLength?: number;
  min?: string | number;
  max?: string | number;
  step?: string;
  autoComplete?: string;
  placeholder?: string;
}) {
  const { error, kept } = useFieldState(name);
  return (
    <Field
      id={`${idPrefix}${name}`}
      name={name}
      type={type}
      label={label}
      hint={hint}
      required={required}
      defaultValue={kept ?? defaultValue}
      error={error}
      {...rest}
    />
  );
}

// A select inside an ActionForm, with the server's translated error.
export function FormSelect({
  name,
  label,
  hint,
  required,
  defaultValue,
  idPrefix = "",
  options,
}: Common & { options: { value: string; label: string }[] }) {
  const { error, kept } = useFieldState(name);
  const id = `${idPrefix}${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        key={kept ?? "initial"}
        id={id}
        name={name}
        required={required}
        defaultValue={kept ?? defaultValue ?? ""}
        aria-invalid={!!error}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p className="text-sm text-red-700" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
