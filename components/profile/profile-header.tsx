import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SectionNav } from "@/components/layout/section-nav";
import { orgShortName } from "@/lib/org/names";
import { orgFullName } from "@/lib/profile/names";
import type { LoadedProfile } from "@/lib/profile/org";

// The organisation's header on every tab: its logo (only when one is stored), names and kind, the tabs
// this viewer sees, "Administration" for its administrators and "History of changes" for those who may read it.
export async function ProfileHeader({
  profile,
  locale,
  historyHref = null,
}: {
  profile: LoadedProfile;
  locale: string;
  /** Its audit history, for those who may read it ("audit.read"). */
  historyHref?: string | null;
}) {
  const t = await getTranslations("profile");
  const tHistory = await getTranslations("history");
  const tKind = await getTranslations("orgKind");
  const { org, view } = profile;
  const base = `/org/${org.slug}`;
  const hrefOf = (tab: string) => (tab === "profile" ? base : `${base}/${tab}`);
  const short = orgShortName(org, locale);
  const full = orgFullName(org, locale);
  return (
    <div className="mb-2">
      <div className="flex flex-wrap items-start justify-between gap-4 sm:flex-nowrap">
        <div className="flex min-w-0 items-center gap-4">
          {org.settings?.logoFileId ? (
            // The stored 150×150 logo (app/api/org/[slug]/logo); plain <img>: it is already its final size.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={`/api/org/${org.slug}/logo`}
              alt={t("logoAlt", { name: short })}
              width={72}
              height={72}
              className="h-16 w-16 shrink-0 rounded-lg bg-white object-contain ring-1 ring-slate-200 sm:h-[72px] sm:w-[72px]"
              data-testid="profile-logo"
            />
          ) : (
            <span
              aria-hidden
              className="inline-flex h-16 w-16 shrink-0 items-center justify-center rounded-lg bg-brand-600 text-2xl font-bold text-white sm:h-[72px] sm:w-[72px]"
            >
              {short.replace(/^[«"\s]+/, "").charAt(0)}
            </span>
          )}
          <div className="min-w-0">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{tKind(org.kind)}</p>
            <h1 className="text-xl font-bold break-words sm:text-2xl" data-testid="profile-name">
              {short}
            </h1>
            {full !== short ? <p className="text-sm break-words text-slate-600">{full}</p> : null}
          </div>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          {historyHref ? (
            <Link
              href={historyHref}
              className="shrink-0 rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-brand-50"
              data-testid="profile-history-link"
            >
              {tHistory("link")}
            </Link>
          ) : null}
          {view.administration ? (
            <Link
              href={`${base}/admin/settings`}
              className="shrink-0 rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-brand-600 hover:bg-brand-50"
              data-testid="profile-admin-link"
            >
              {t("administration")}
            </Link>
          ) : null}
        </div>
      </div>
      <div className="mt-4">
        <SectionNav
          label={t("tabsLabel")}
          items={view.tabs.map((tab) => ({
            href: hrefOf(tab),
            label: t(`tabs.${tab}`),
            testId: `profile-tab-${tab}`,
          }))}
        />
      </div>
    </div>
  );
}
