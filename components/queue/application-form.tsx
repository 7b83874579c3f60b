import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField, FormSelect } from "@/components/forms/form-field";
import { applyAction } from "@/lib/queue/applications/actions";
import { LANGUAGES, PRIORITIES } from "@/lib/queue/applications/schemas";
import { RELATIONS } from "@/lib/kindergarten/contingent/schemas";
import { orgShortName } from "@/lib/org/names";
import { DocumentField } from "./application-document-field";

type Props = {
  locale: string;
  territoryId: string;
  kindergartens: { id: string; shortNameKk: string; shortNameRu: string }[];
  phone: string;
};

// The queue application: the child, who the applicant is to them, 1–3 kindergartens of the chosen
// district in order, the group language, a priority category with its document, the contact phone.
export async function ApplicationForm({ locale, territoryId, kindergartens, phone }: Props) {
  const t = await getTranslations("queueApply");
  const tRel = await getTranslations("kgContingent.relation");
  const tLang = await getTranslations("groupLanguage");
  const tPrio = await getTranslations("queuePriority");
  const kgOptions = kindergartens.map((k) => ({ value: k.id, label: orgShortName(k, locale) }));
  const none = { value: "", label: t("noChoice") };
  return (
    <ActionForm
      action={applyAction}
      submitLabel={t("submit")}
      testId="apply-form"
      resetOnSuccess
      hidden={{ territoryId }}
      className="space-y-6"
    >
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">{t("childSection")}</legend>
        <FormField
          name="childIin"
          label={t("childIin")}
          hint={t("childIinHint")}
          inputMode="numeric"
          maxLength={12}
          required
        />
        <FormField name="childBirthDate" type="date" label={t("childBirthDate")} required />
        <FormField name="childLastName" label={t("childLastName")} required />
        <FormField name="childFirstName" label={t("childFirstName")} required />
        <FormField name="childMiddleName" label={t("childMiddleName")} />
        <FormSelect
          name="relation"
          label={t("relation")}
          hint={t("relationHint")}
          required
          options={[
            { value: "", label: t("chooseRelation") },
            ...RELATIONS.map((r) => ({ value: r, label: tRel(r) })),
          ]}
        />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">{t("representativeSection")}</legend>
        <p className="text-sm text-slate-600 sm:col-span-2">{t("representativeLead")}</p>
        <DocumentField
          name="representativeDocument"
          testId="apply-representative-document"
          label={t("representativeDocument")}
          hint={t("representativeDocumentHint")}
        />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">{t("choicesSection")}</legend>
        <FormSelect
          name="choice1"
          label={t("choice", { rank: 1 })}
          required
          options={[{ value: "", label: t("chooseKindergarten") }, ...kgOptions]}
        />
        <FormSelect name="choice2" label={t("choice", { rank: 2 })} options={[none, ...kgOptions]} />
        <FormSelect name="choice3" label={t("choice", { rank: 3 })} options={[none, ...kgOptions]} />
        <FormSelect
          name="language"
          label={t("language")}
          required
          options={[
            { value: "", label: t("chooseLanguage") },
            ...LANGUAGES.map((l) => ({ value: l, label: tLang(l) })),
          ]}
        />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">{t("prioritySection")}</legend>
        <FormSelect
          name="priority"
          label={t("priority")}
          hint={t("priorityHint")}
          defaultValue="NONE"
          options={PRIORITIES.map((p) => ({ value: p, label: tPrio(p) }))}
        />
        <DocumentField label={t("document")} hint={t("documentHint")} />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">{t("contactSection")}</legend>
        <FormField
          name="phone"
          type="tel"
          inputMode="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          defaultValue={phone}
          required
        />
        <label className="flex items-start gap-2 self-end text-sm text-slate-800">
          <input
            type="checkbox"
            name="wantsVoucher"
            defaultChecked
            className="mt-1 h-4 w-4"
            data-testid="apply-voucher"
          />
          <span>{t("wantsVoucher")}</span>
        </label>
      </fieldset>
      <p className="text-sm text-slate-600">{t("declaration")}</p>
    </ActionForm>
  );
}
