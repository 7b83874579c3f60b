import { redirect } from "@/i18n/navigation";
import { resolveLocale } from "@/i18n/page-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

// The administration opens on its settings (the layout has already checked the visitor administers it).
export default async function OrgAdminPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { slug } = await params;
  redirect({ href: `/org/${encodeURIComponent(slug)}/admin/settings`, locale });
}
