"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useErrorText } from "@/components/auth/use-error-text";
import { initialFormState } from "@/lib/form-state";
import { changeSubordinationAction } from "@/lib/org/subordinates/actions";

export type SubordinateRow = {
  id: string;
  slug: string;
  name: string;
  type: string;
  kind: string;
  territory: string;
  /** When it was excluded (formatted), or null while it is subordinate. */
  excludedAt: string | null;
  history: { excluded: boolean; at: string; by: string | null }[];
};

// The authority's subordinate organisations (seed 002, "Подчиненные организации"): tick rows, then
// "Exclude" or "Include"; each row with its state and, under it, the history of its exclusions.
export function SubordinatesTable({ authorityId, rows }: { authorityId: string; rows: SubordinateRow[] }) {
  const t = useTranslations("orgAdmin.subordinates");
  const [state, action, pending] = useActionState(changeSubordinationAction, initialFormState);
  const errorText = useErrorText(state.texts);
  return (
    <form action={action} data-testid="subordinates-form" className="space-y-3">
      <input type="hidden" name="authorityId" value={authorityId} />
      <fieldset disabled={pending} className="contents">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm" data-testid="subordinates-table">
            <thead className="border-b border-slate-200 text-slate-500">
              <tr>
                <th className="w-8 py-2">
                  <span className="sr-only">{t("choose")}</span>
                </th>
                <th className="py-2 pr-3">{t("col.name")}</th>
                <th className="py-2 pr-3">{t("col.type")}</th>
                <th className="py-2 pr-3">{t("col.territory")}</th>
                <th className="py-2">{t("col.state")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.id}
                  className="border-b border-slate-100 align-top"
                  data-testid={`subordinate-${r.slug}`}
                >
                  <td className="py-2">
                    <input
                      type="checkbox"
                      name="ids"
                      value={r.id}
                      aria-label={t("chooseOne", { name: r.name })}
                      data-testid={`subordinate-pick-${r.slug}`}
                      className="h-5 w-5 accent-brand-600"
                    />
                  </td>
                  <td className="py-2 pr-3">
                    <Link href={`/org/${r.slug}`} className="font-medium text-brand-700 underline">
                      {r.name}
                    </Link>
                    {r.history.length ? (
                      <details
                        className="mt-1 text-xs text-slate-600"
                        data-testid={`subordinate-history-${r.slug}`}
                      >
                        <summary className="cursor-pointer">
                          {t("history", { count: r.history.length })}
                        </summary>
                        <ul className="mt-1 space-y-0.5">
                          {r.history.map((h, i) => (
                            <li key={i}>
                              {h.at} — {h.excluded ? t("historyExcluded") : t("historyIncluded")}
                              {h.by ? ` (${h.by})` : ""}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3">
                    {r.type}
                    <span className="block text-xs text-slate-500">{r.kind}</span>
                  </td>
                  <td className="py-2 pr-3">{r.territory}</td>
                  <td className="py-2" data-testid={`subordinate-state-${r.slug}`}>
                    {r.excludedAt ? (
                      <span className="text-amber-800">{t("excludedSince", { date: r.excludedAt })}</span>
                    ) : (
                      <span className="text-emerald-800">{t("current")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {state.fieldErrors?.ids ? (
          <p className="text-sm text-red-700" data-testid="subordinates-ids-error">
            {errorText(state.fieldErrors.ids)}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="op" value="exclude" variant="danger" data-testid="subordinates-exclude">
            {t("exclude")}
          </Button>
          <Button
            type="submit"
            name="op"
            value="include"
            variant="secondary"
            data-testid="subordinates-include"
          >
            {t("include")}
          </Button>
        </div>
      </fieldset>
      {state.message ? (
        <Alert tone={state.ok ? "success" : "error"} testId="subordinates-message">
          {errorText(state.message, state.messageValues)}
        </Alert>
      ) : null}
    </form>
  );
}
