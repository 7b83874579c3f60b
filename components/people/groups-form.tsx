import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { setEducatorGroupsAction } from "@/lib/people/staff/actions";
import type { listBindableGroups } from "@/lib/people/staff/queries";
import { StaffCheckbox } from "./fields";

type Group = Awaited<ReturnType<typeof listBindableGroups>>[number];

// "Roles and rights: groups": the kindergarten's current groups as checkboxes; the ticked ones
// are the groups this educator keeps (an empty tick list unbinds every group).
export async function StaffGroupsForm({
  membershipId,
  groups,
  boundIds,
}: {
  membershipId: string;
  groups: Group[];
  boundIds: string[];
}) {
  const t = await getTranslations("people");
  const tLang = await getTranslations("groupLanguage");
  if (groups.length === 0) return <Alert tone="info">{t("noGroupsInKg")}</Alert>;
  const years = (g: Group) =>
    g.birthYearFrom === g.birthYearTo ? `${g.birthYearFrom}` : `${g.birthYearFrom}–${g.birthYearTo}`;
  return (
    <ActionForm
      action={setEducatorGroupsAction}
      submitLabel={t("saveGroups")}
      hidden={{ membershipId }}
      testId="staff-groups"
      className="space-y-4"
    >
      <p className="text-sm text-slate-600">{t("groupsLead")}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        {groups.map((g) => (
          <StaffCheckbox
            key={g.id}
            name="groupIds"
            value={g.id}
            defaultChecked={boundIds.includes(g.id)}
            testId={`staff-group-${g.id}`}
            label={g.name}
            hint={`${years(g)} · ${tLang(g.language)}`}
          />
        ))}
      </div>
    </ActionForm>
  );
}
