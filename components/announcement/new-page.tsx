import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { AuthorScope } from "@/lib/announcement/author-scope";
import { choosesOrganisations, familiesFor } from "@/lib/announcement/audiences";
import { subordinateOptions } from "@/lib/announcement/options";
import { requestNow } from "@/lib/clock/request-now";
import { localDate } from "@/lib/calendar/zone";
import { orgShortName } from "@/lib/org/names";
import { AnnouncementWizard } from "./wizard";

// "Create an announcement": the wizard with the audiences the organisation's kind may address and, for an
// authority, the organisations under it to choose from. Only those who may publish get here.
export async function NewAnnouncementPage({ scope, locale }: { scope: AuthorScope; locale: Locale }) {
  const { org, base, canManage } = scope;
  if (!canManage) return redirect({ href: "/no-access", locale });
  const t = await getTranslations("announcements");
  const options = choosesOrganisations(org.kind) ? await subordinateOptions(org.id) : [];
  return (
    <ClientMessages namespaces={["announcements"]}>
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-bold">{t("create")}</h1>
          <p className="text-sm text-slate-600">
            {orgShortName(org, locale)} · {t("noEditing")}
          </p>
        </div>
        <AnnouncementWizard
          organizationId={org.id}
          families={familiesFor(org.kind)}
          kindergarten={org.kind === "KINDERGARTEN"}
          orgOptions={options.map((o) => ({
            id: o.id,
            name: orgShortName(o, locale),
            depth: o.depth,
            kindergarten: o.kind === "KINDERGARTEN",
          }))}
          today={localDate(await requestNow(), org.timeZone)}
          base={base}
        />
      </div>
    </ClientMessages>
  );
}
