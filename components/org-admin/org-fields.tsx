"use client";
import type { ReactNode } from "react";
import { useFormStateContext } from "@/components/forms/action-form";
import { useErrorText } from "@/components/auth/use-error-text";
import { inputClass } from "@/components/ui/field";

// What a failed submit sent back, or null (a form action resets checkboxes and selects to their first
// default, so they are remounted with what was submitted).
function useKept(): Record<string, string> | null {
  const state = useFormStateContext();
  return state.ok || !state.values ? null : state.values;
}

// A checkbox inside an ActionForm ("on" when ticked), keeping what was submitted after a refusal.
export function OrgCheckbox({
  name,
  label,
  hint,
  defaultChecked,
  testId,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultChecked?: boolean;
  testId?: string;
}) {
  const kept = useKept();
  const checked = kept ? kept[name] === "on" : !!defaultChecked;
  const id = `org-${name}`;
  return (
    <label htmlFor={id} className="flex items-start gap-2 text-sm">
      <input
        key={kept ? `kept-${checked}` : "initial"}
        id={id}
        type="checkbox"
        name={name}
        defaultChecked={checked}
        data-testid={testId}
        className="mt-0.5 h-5 w-5 shrink-0 rounded border-slate-300 accent-brand-600"
      />
      <span>
        <span className="font-medium text-slate-800">{label}</span>
        {hint ? <span className="block text-xs text-slate-500">{hint}</span> : null}
      </span>
    </label>
  );
}

// A select inside an ActionForm with its translated error, keeping what was submitted after a refusal.
export function OrgSelect({
  name,
  label,
  defaultValue,
  options,
  testId,
}: {
  name: string;
  label: ReactNode;
  defaultValue: string;
  options: { value: string; label: string }[];
  testId?: string;
}) {
  const state = useFormStateContext();
  const error = useErrorText(state.texts)(state.fieldErrors?.[name]);
  const kept = useKept()?.[name];
  const id = `org-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        key={kept ?? "initial"}
        id={id}
        name={name}
        defaultValue={kept ?? defaultValue}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid={testId}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

// A file input inside an ActionForm with its translated error (the server decides the type by content).
export function OrgFileField({
  name,
  label,
  hint,
  accept,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  accept?: string;
}) {
  const state = useFormStateContext();
  const error = useErrorText(state.texts)(state.fieldErrors?.[name]);
  const id = `org-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        type="file"
        name={name}
        accept={accept}
        aria-invalid={!!error}
        aria-describedby={describedBy || undefined}
        data-testid={id}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-brand-700"
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
