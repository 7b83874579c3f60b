import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { organizationToday } from "@/lib/people/staff/queries";
import { mayKeepManagers } from "@/lib/people/staff/subject";
import { rolesFor } from "@/lib/people/staff/roles";
import { slipInfo } from "@/lib/people/staff/slip";
import type { PeopleScope } from "@/lib/people/staff/page-scope";
import { requestNow } from "@/lib/clock/request-now";
import { AddWizard } from "./add-wizard";

// "Add a participant": the wizard with the roles the organisation's kind offers (the manager roles only for
// whom may make someone a manager: the leader or a higher authority) and today's date as the arrival.
export async function AddPersonPage({ scope, locale }: { scope: PeopleScope; locale: string }) {
  const { actor, org, base } = scope;
  const t = await getTranslations("people");
  const [today, managerRoles, slip] = await Promise.all([
    organizationToday(org.id, await requestNow()),
    mayKeepManagers(actor, org.id),
    slipInfo(org, locale),
  ]);
  return (
    <ClientMessages namespaces={["people", "memberRole", "qualification", "validation.required"]}>
      <div className="space-y-6">
        <div className="no-print">
          <Link href={base} className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
          <h1 className="text-2xl font-bold">{t("addTitle")}</h1>
          <p className="max-w-3xl text-sm text-slate-600">{t("addLead")}</p>
        </div>
        <AddWizard
          organizationId={org.id}
          roles={rolesFor(org.kind)}
          managerRoles={managerRoles}
          today={today}
          base={base}
          slip={slip}
        />
      </div>
    </ClientMessages>
  );
}
