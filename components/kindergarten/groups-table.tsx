import { localName } from "@/lib/org/names";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { buttonClass } from "@/components/ui/button";
import { archiveGroupAction } from "@/lib/kindergarten/groups/actions";
import type { listGroups } from "@/lib/kindergarten/groups/groups";
import { cohortLabel } from "@/lib/kindergarten/groups/rules";
import { personName } from "@/lib/org/names";

type Group = Awaited<ReturnType<typeof listGroups>>[number];

// The groups of the kindergarten as a table: cohort, language, stay mode, room, children/capacity,
// bound educators (read-only: the Staff page binds them), edit and archive.
export async function GroupsTable({ groups, locale }: { groups: Group[]; locale: string }) {
  const t = await getTranslations("kgGroups");
  const tLang = await getTranslations("groupLanguage");
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("name")}</th>
            <th className="pr-3">{t("cohort")}</th>
            <th className="pr-3">{t("language")}</th>
            <th className="pr-3">{t("stayMode")}</th>
            <th className="pr-3">{t("room")}</th>
            <th className="pr-3">{t("children")}</th>
            <th className="pr-3">{t("educators")}</th>
            <th>
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {groups.map((g) => (
            <tr key={g.id} data-testid="group-row" className={g.archivedAt ? "text-slate-400" : ""}>
              <td className="py-2 pr-3 font-medium">
                {g.name}
                {g.archivedAt ? ` · ${t("archived")}` : ""}
              </td>
              <td className="pr-3">{cohortLabel(g.birthYearFrom, g.birthYearTo)}</td>
              <td className="pr-3">{tLang(g.language)}</td>
              <td className="pr-3">
                {g.stayMode ? localName(g.stayMode.nameKk, g.stayMode.nameRu, locale) : "—"}
              </td>
              <td className="pr-3">{g.room ? `${g.room.building.name} — ${g.room.name}` : "—"}</td>
              <td className="pr-3" data-testid="group-children">
                {g._count.enrolments} / {g.capacity}
              </td>
              <td className="pr-3">
                {g.educators.map((e) => personName(e.person)).join(", ") || (
                  <span className="text-amber-700">{t("noEducators")}</span>
                )}
              </td>
              <td className="py-2">
                <div className="flex flex-wrap items-start justify-end gap-2">
                  <Link
                    href={`/kindergarten/groups/${g.id}/edit`}
                    className={buttonClass("ghost")}
                    data-testid={`group-edit-${g.id}`}
                  >
                    {t("edit")}
                  </Link>
                  <ActionForm
                    action={archiveGroupAction}
                    submitLabel={g.archivedAt ? t("restore") : t("archive")}
                    variant="secondary"
                    hidden={{ id: g.id, archived: g.archivedAt ? "0" : "1" }}
                    className="flex max-w-xs flex-col items-end gap-2"
                    testId={`group-archive-${g.id}`}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
