import type { ReactNode } from "react";
import { ProfileHeader } from "@/components/profile/profile-header";
import { profileForPage, type ProfileParams } from "@/lib/profile/page-profile";
import { can } from "@/lib/auth/policy";
import { orgPathOf } from "@/lib/auth/load-actor";

// An organisation's public profile (SPEC §3.1), authorities and kindergartens alike: its header and the
// tabs this viewer sees (lib/profile/visibility.ts); each tab checks what it shows again.
export default async function OrgProfileLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: ProfileParams;
}) {
  const { locale, actor, profile } = await profileForPage(params);
  // Its history for the authorities above it and its own managers (a staff viewer only: no look-up else).
  const organizationId = profile.org.id;
  const history =
    actor?.audience === "staff" &&
    can(actor, "audit.read", { organizationId, orgPath: await orgPathOf(organizationId) });
  return (
    <div data-testid="org-profile" data-org-kind={profile.org.kind}>
      <ProfileHeader
        profile={profile}
        locale={locale}
        historyHref={history ? `/history/org/${organizationId}` : null}
      />
      {children}
    </div>
  );
}
