import type { ReactNode } from "react";
import { ProfileHeader } from "@/components/profile/profile-header";
import { profileForPage, type ProfileParams } from "@/lib/profile/page-profile";

// An organisation's public profile (SPEC §3.1), authorities and kindergartens alike: its header and the
// tabs this viewer sees (lib/profile/visibility.ts); each tab checks what it shows again.
export default async function OrgProfileLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: ProfileParams;
}) {
  const { locale, profile } = await profileForPage(params);
  return (
    <div data-testid="org-profile" data-org-kind={profile.org.kind}>
      <ProfileHeader profile={profile} locale={locale} />
      {children}
    </div>
  );
}
