import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField, FormSelect } from "@/components/forms/form-field";
import { releasePlacesAction } from "@/lib/queue/places/actions";
import { MAX_RELEASE_COUNT } from "@/lib/queue/places/schemas";

type Group = {
  id: string;
  name: string;
  birthYearFrom: number;
  birthYearTo: number;
  language: "KK" | "RU" | "MIXED";
  capacity: number;
  free: number;
};

// "Release places to the queue": a group (cohort and language come from it), one of its birth years and
// how many places; each group says how many places it can still release.
export async function PlaceReleaseForm({ groups }: { groups: Group[] }) {
  const t = await getTranslations("kgPlaces");
  const tLang = await getTranslations("groupLanguage");
  const years = (g: Group) =>
    g.birthYearFrom === g.birthYearTo ? String(g.birthYearFrom) : `${g.birthYearFrom}–${g.birthYearTo}`;
  const first = groups[0];
  return (
    <ActionForm
      action={releasePlacesAction}
      submitLabel={t("release")}
      testId="place-release"
      className="grid gap-3 sm:grid-cols-3"
    >
      <FormSelect
        name="groupId"
        label={t("group")}
        required
        defaultValue={first?.id}
        options={groups.map((g) => ({
          value: g.id,
          label: t("groupOption", {
            name: g.name,
            years: years(g),
            language: tLang(g.language),
            free: g.free,
          }),
        }))}
      />
      <FormField
        name="birthYear"
        type="number"
        inputMode="numeric"
        label={t("birthYear")}
        hint={t("birthYearHint")}
        required
        defaultValue={first?.birthYearFrom}
        min={1990}
        max={2100}
      />
      <FormField
        name="count"
        type="number"
        inputMode="numeric"
        label={t("count")}
        hint={t("countHint", { max: MAX_RELEASE_COUNT })}
        required
        defaultValue={1}
        min={1}
        max={MAX_RELEASE_COUNT}
      />
    </ActionForm>
  );
}
