import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import {
  archiveBuildingAction,
  saveBuildingAction,
  saveRoomAction,
} from "@/lib/kindergarten/buildings/actions";
import type { listBuildings } from "@/lib/kindergarten/buildings/buildings";
import { BuildingsRoomRow } from "./buildings-room-row";

type Building = Awaited<ReturnType<typeof listBuildings>>[number];

// One building: its address, rooms with places, edit, archive/restore and "add a room".
export async function BuildingsCard({
  building: b,
  buildingOptions,
}: {
  building: Building;
  buildingOptions: { value: string; label: string }[];
}) {
  const t = await getTranslations("kgBuildings");
  const activePlaces = b.rooms.filter((r) => !r.archivedAt).reduce((s, r) => s + r.places, 0);
  const title = `${b.name}${b.archivedAt ? ` · ${t("archived")}` : ""}`;
  return (
    <Card title={title} testId="building-card" className={b.archivedAt ? "opacity-75" : ""}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-sm text-slate-600">
          {b.address || t("noAddress")} · {t("totalPlaces", { count: activePlaces })}
        </p>
        <ActionForm
          action={archiveBuildingAction}
          submitLabel={b.archivedAt ? t("restore") : t("archive")}
          variant="secondary"
          hidden={{ id: b.id, archived: b.archivedAt ? "0" : "1" }}
          className="flex flex-col items-end gap-2"
          testId={`building-archive-${b.id}`}
        />
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-brand-700">{t("editBuilding")}</summary>
        <ActionForm
          action={saveBuildingAction}
          submitLabel={t("save")}
          hidden={{ id: b.id }}
          className="mt-3 grid gap-3 sm:grid-cols-2"
          testId={`building-edit-${b.id}`}
        >
          <FormField idPrefix={`${b.id}-`} name="name" label={t("name")} defaultValue={b.name} required />
          <FormField
            idPrefix={`${b.id}-`}
            name="address"
            label={t("address")}
            defaultValue={b.address ?? ""}
          />
        </ActionForm>
      </details>
      <h3 className="mt-4 text-sm font-semibold text-slate-700">{t("rooms")}</h3>
      {b.rooms.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noRooms")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {b.rooms.map((r) => (
            <BuildingsRoomRow key={r.id} room={r} buildings={buildingOptions} />
          ))}
        </ul>
      )}
      {b.archivedAt ? null : (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm text-brand-700" data-testid={`room-add-open-${b.id}`}>
            {t("addRoom")}
          </summary>
          <ActionForm
            action={saveRoomAction}
            submitLabel={t("add")}
            hidden={{ buildingId: b.id }}
            resetOnSuccess
            className="mt-3 grid gap-3 sm:grid-cols-2"
            testId={`room-add-${b.id}`}
          >
            <FormField idPrefix={`new-room-${b.id}-`} name="name" label={t("roomName")} required />
            <FormField
              idPrefix={`new-room-${b.id}-`}
              name="places"
              type="number"
              min={1}
              label={t("placesLabel")}
              hint={t("placesHint")}
              required
            />
          </ActionForm>
        </details>
      )}
    </Card>
  );
}
