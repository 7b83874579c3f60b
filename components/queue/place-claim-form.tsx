"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { FormSelect } from "@/components/forms/form-field";
import { claimPlaceAction } from "@/lib/queue/places/actions";

// "Take this place" for a signed-in parent: the application is chosen when more than one fits.
export function PlaceClaimForm({
  placeId,
  applications,
}: {
  placeId: string;
  applications: { id: string; label: string }[];
}) {
  const t = useTranslations("places");
  const only = applications.length === 1 ? applications[0]! : null;
  return (
    <ActionForm
      action={claimPlaceAction}
      submitLabel={t("take")}
      testId={`place-claim-${placeId}`}
      className="space-y-2"
      hidden={only ? { placeId, applicationId: only.id } : { placeId }}
    >
      {only ? (
        <p className="text-xs text-slate-600">{only.label}</p>
      ) : (
        <FormSelect
          idPrefix={`${placeId}-`}
          name="applicationId"
          label={t("forApplication")}
          options={[
            { value: "", label: t("chooseApplication") },
            ...applications.map((a) => ({ value: a.id, label: a.label })),
          ]}
        />
      )}
    </ActionForm>
  );
}
