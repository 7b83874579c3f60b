import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { shownName } from "@/lib/profile/names";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { EmptyState } from "./empty-state";

type Leader = {
  id: string;
  role: MemberRole;
  positionTitle: string | null;
  isAdministrator: boolean;
  person: { lastName: string; firstName: string; middleName: string | null };
};

// The leaders and administrators of the organisation: name, position (its public title when given).
export async function LeadersCard({ leaders }: { leaders: Leader[] }) {
  const t = await getTranslations("profile.home");
  const tRole = await getTranslations("memberRole");
  return (
    <Card title={t("leaders")} testId="profile-leaders">
      {leaders.length === 0 ? (
        <EmptyState>{t("noLeaders")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {leaders.map((l) => (
            <li key={l.id} data-testid="profile-leader">
              <p className="font-medium text-slate-900">{shownName(l.person)}</p>
              <p className="text-sm text-slate-600">
                {l.positionTitle || tRole(l.role)}
                {l.isAdministrator && l.role !== "AUTHORITY_ADMIN" && l.role !== "KG_ADMIN" ? (
                  <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">
                    {t("administratorBadge")}
                  </span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
