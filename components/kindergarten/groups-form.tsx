import { localName } from "@/lib/org/names";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField, FormSelect } from "@/components/forms/form-field";
import { saveGroupAction } from "@/lib/kindergarten/groups/actions";
import type { groupFormOptions } from "@/lib/kindergarten/groups/groups";

type Options = Awaited<ReturnType<typeof groupFormOptions>>;
type GroupValues = {
  id: string;
  name: string;
  birthYearFrom: number;
  birthYearTo: number;
  language: string;
  stayModeId: string | null;
  roomId: string | null;
  capacity: number;
};

// The group form (add on the list page, edit on the group's page): name, cohort, language,
// stay mode, room and capacity.
export async function GroupsForm({
  group,
  options,
  locale,
  testId,
  submitLabel,
}: {
  group?: GroupValues;
  options: Options;
  locale: string;
  testId: string;
  submitLabel: string;
}) {
  const t = await getTranslations("kgGroups");
  const tLang = await getTranslations("groupLanguage");
  const p = group ? `${group.id}-` : "new-group-";
  const stayModes = [
    { value: "", label: t("noStayMode") },
    ...options.stayModes.map((m) => ({
      value: m.id,
      label: `${localName(m.nameKk, m.nameRu, locale)} (${t("hours", { hours: Number(m.hours) })})${m.archivedAt ? ` · ${t("archived")}` : ""}`,
    })),
  ];
  const rooms = [
    { value: "", label: t("noRoom") },
    ...options.rooms.map((r) => ({
      value: r.id,
      label: `${r.building.name} — ${r.name} (${t("places", { count: r.places })})${r.archivedAt || r.building.archivedAt ? ` · ${t("archived")}` : ""}`,
    })),
  ];
  const languages = [
    { value: "", label: t("chooseLanguage") },
    ...(["KK", "RU", "MIXED"] as const).map((l) => ({ value: l, label: tLang(l) })),
  ];
  return (
    <ActionForm
      action={saveGroupAction}
      submitLabel={submitLabel}
      hidden={group ? { id: group.id } : undefined}
      resetOnSuccess={!group}
      testId={testId}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
    >
      <FormField
        idPrefix={p}
        name="name"
        label={t("name")}
        defaultValue={group?.name}
        hint={t("nameHint")}
        required
      />
      <FormField
        idPrefix={p}
        name="birthYearFrom"
        type="number"
        inputMode="numeric"
        label={t("birthYearFrom")}
        defaultValue={group?.birthYearFrom}
        required
      />
      <FormField
        idPrefix={p}
        name="birthYearTo"
        type="number"
        inputMode="numeric"
        label={t("birthYearTo")}
        defaultValue={group?.birthYearTo}
        hint={t("birthYearHint")}
        required
      />
      <FormSelect
        idPrefix={p}
        name="language"
        label={t("language")}
        defaultValue={group?.language}
        options={languages}
        required
      />
      <FormSelect
        idPrefix={p}
        name="stayModeId"
        label={t("stayMode")}
        defaultValue={group?.stayModeId ?? ""}
        options={stayModes}
      />
      <FormSelect
        idPrefix={p}
        name="roomId"
        label={t("room")}
        defaultValue={group?.roomId ?? ""}
        options={rooms}
      />
      <FormField
        idPrefix={p}
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        label={t("capacity")}
        defaultValue={group?.capacity}
        hint={t("capacityHint")}
        required
      />
    </ActionForm>
  );
}
