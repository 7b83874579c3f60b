"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/auth/use-error-text";
import { initialFormState } from "@/lib/form-state";
import { saveSubordinateTypesAction } from "@/lib/org/subordinates/actions";
import { groupState } from "@/lib/org/subordinates/catalogue";

export type TypeGroup = { kind: string; label: string; types: { value: string; label: string }[] };

// "Types of subordinate organisations" (seed 002): an organisational type's box ticks or unticks all its
// types; single types can then be unticked (the group's box shows "some"). Only the types are submitted.
export function SubordinateTypesForm({
  authorityId,
  groups,
  chosen: initial,
}: {
  authorityId: string;
  groups: TypeGroup[];
  chosen: string[];
}) {
  const t = useTranslations("orgAdmin.subordinates");
  const [state, action, pending] = useActionState(saveSubordinateTypesAction, initialFormState);
  const errorText = useErrorText(state.texts);
  const [chosen, setChosen] = useState(() => new Set(initial));
  const toggle = (values: string[], on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      for (const v of values)
        if (on) next.add(v);
        else next.delete(v);
      return next;
    });
  return (
    <form action={action} className="space-y-4" data-testid="subordinate-types-form">
      <input type="hidden" name="authorityId" value={authorityId} />
      <fieldset disabled={pending} className="space-y-4">
        {groups.map((g) => {
          const values = g.types.map((x) => x.value);
          const all = groupState(values, chosen);
          return (
            <div
              key={g.kind}
              className="rounded-md border border-slate-200 p-3"
              data-testid={`types-group-${g.kind}`}
            >
              <label className="flex items-center gap-2 font-medium text-slate-800">
                <input
                  type="checkbox"
                  checked={all === "all"}
                  ref={(el) => {
                    if (el) el.indeterminate = all === "some";
                  }}
                  onChange={(e) => toggle(values, e.target.checked)}
                  data-testid={`types-kind-${g.kind}`}
                  className="h-5 w-5 accent-brand-600"
                />
                {g.label}
              </label>
              <ul className="mt-2 space-y-1 pl-7">
                {g.types.map((x) => (
                  <li key={x.value}>
                    <label className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        name="types"
                        value={x.value}
                        checked={chosen.has(x.value)}
                        onChange={(e) => toggle([x.value], e.target.checked)}
                        data-testid={`types-type-${x.value}`}
                        className="h-4 w-4 accent-brand-600"
                      />
                      {x.label}
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {state.fieldErrors?.types ? (
          <p className="text-sm text-red-700" data-testid="subordinate-types-error">
            {errorText(state.fieldErrors.types)}
          </p>
        ) : null}
        <Button type="submit" data-testid="subordinate-types-submit">
          {t("saveTypes")}
        </Button>
      </fieldset>
      {state.message ? (
        <Alert tone={state.ok ? "success" : "error"} testId="subordinate-types-message">
          {errorText(state.message, state.messageValues)}
        </Alert>
      ) : null}
    </form>
  );
}
