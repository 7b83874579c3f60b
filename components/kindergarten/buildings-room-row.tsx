import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField, FormSelect } from "@/components/forms/form-field";
import { archiveRoomAction, saveRoomAction } from "@/lib/kindergarten/buildings/actions";

type Room = {
  id: string;
  buildingId: string;
  name: string;
  places: number;
  archivedAt: Date | null;
  groups: { id: string; name: string; capacity: number }[];
};

// One room of a building: places, the active groups it hosts, edit and archive/restore.
export async function BuildingsRoomRow({
  room,
  buildings,
}: {
  room: Room;
  buildings: { value: string; label: string }[];
}) {
  const t = await getTranslations("kgBuildings");
  const seats = room.groups.reduce((s, g) => s + g.capacity, 0);
  return (
    <li className="py-3" data-testid="room-row">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className={room.archivedAt ? "text-slate-400" : ""}>
          <p className="font-medium">
            {room.name}
            {room.archivedAt ? ` · ${t("archived")}` : ""}
          </p>
          <p className="text-sm text-slate-600">
            {t("places", { count: room.places })} ·{" "}
            {room.groups.length
              ? t("hosts", { names: room.groups.map((g) => g.name).join(", ") })
              : t("noGroups")}
          </p>
          {seats > room.places ? (
            <p className="text-sm text-amber-700" data-testid="room-overfull">
              {t("overfull", { capacity: seats, places: room.places })}
            </p>
          ) : null}
        </div>
        <ActionForm
          action={archiveRoomAction}
          submitLabel={room.archivedAt ? t("restore") : t("archive")}
          variant="secondary"
          hidden={{ id: room.id, archived: room.archivedAt ? "0" : "1" }}
          className="flex flex-col items-end gap-2"
          testId={`room-archive-${room.id}`}
        />
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-brand-700">{t("edit")}</summary>
        <ActionForm
          action={saveRoomAction}
          submitLabel={t("save")}
          hidden={{ id: room.id }}
          className="mt-3 grid gap-3 sm:grid-cols-3"
          testId={`room-edit-${room.id}`}
        >
          <FormField
            idPrefix={`${room.id}-`}
            name="name"
            label={t("roomName")}
            defaultValue={room.name}
            required
          />
          <FormField
            idPrefix={`${room.id}-`}
            name="places"
            type="number"
            min={1}
            label={t("placesLabel")}
            defaultValue={room.places}
            required
          />
          <FormSelect
            idPrefix={`${room.id}-`}
            name="buildingId"
            label={t("building")}
            defaultValue={room.buildingId}
            options={buildings}
            required
          />
        </ActionForm>
      </details>
    </li>
  );
}
