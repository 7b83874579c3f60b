import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { addRepresentativeAction, removeRepresentativeAction } from "@/lib/kindergarten/contingent/actions";
import { personName } from "@/lib/org/names";
import type { ChildCard } from "@/lib/kindergarten/contingent/child-card";
import { ContingentRelation } from "./contingent-relation";
import { ContingentRepresentativeFields } from "./contingent-fields";
import { ContingentPhones } from "./contingent-phones";

// The child's legal representatives (full IIN and phones: the administrator checks them against the
// documents, and parents bind their children by these IINs), with removal and an add/correct form while
// the kindergarten has the child (a former kindergarten only sees them: `editable` false).
export async function ContingentRepresentatives({
  childId,
  reps,
  editable,
}: {
  childId: string;
  reps: ChildCard["child"]["representatives"];
  editable: boolean;
}) {
  const t = await getTranslations("kgContingent");
  return (
    <div className="space-y-4">
      {reps.length === 0 ? (
        <p className="text-sm text-slate-600">{t("repsEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {reps.map((l) => (
            <li
              key={l.representative.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2"
              data-testid="contingent-rep"
            >
              <div className="text-sm">
                <p className="font-medium">
                  <ContingentRelation relation={l.relation} />: {personName(l.representative)}
                </p>
                <p className="text-slate-600">
                  <span className="font-mono">{l.representative.iin ?? "—"}</span> ·{" "}
                  <ContingentPhones
                    phone={l.representative.phone}
                    contactPhone={l.contactPhone}
                    showMissing
                    whole
                  />
                  {l.source === "queue" ? ` · ${t("sourceQueue")}` : ""}
                </p>
              </div>
              {editable ? (
                <ActionForm
                  action={removeRepresentativeAction}
                  submitLabel={t("remove")}
                  variant="secondary"
                  className="flex items-center gap-2"
                  hidden={{ childId, representativeId: l.representative.id }}
                  testId={`contingent-rep-remove-${l.representative.id}`}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <details className="rounded-md ring-1 ring-slate-200">
          <summary
            className="cursor-pointer px-3 py-2 text-sm font-medium text-brand-700"
            data-testid="contingent-rep-add-toggle"
          >
            {t("addRep")}
          </summary>
          <div className="space-y-3 p-3">
            <p className="text-xs text-slate-600">{t("addRepHint")}</p>
            <ActionForm
              action={addRepresentativeAction}
              submitLabel={t("save")}
              hidden={{ childId }}
              resetOnSuccess
              testId="contingent-rep-add"
              className="space-y-3"
            >
              <ContingentRepresentativeFields idPrefix="rep-" />
            </ActionForm>
          </div>
        </details>
      ) : (
        <p className="text-sm text-slate-600" data-testid="contingent-reps-locked">
          {t("repsLocked")}
        </p>
      )}
    </div>
  );
}
