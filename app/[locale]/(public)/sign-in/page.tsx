import { resolveLocale } from "@/i18n/page-locale";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { Card } from "@/components/ui/card";
import { ParentSignIn } from "@/components/auth/parent-sign-in";
import { StaffSignIn } from "@/components/auth/staff-sign-in";
import { EdsSignIn } from "@/components/eds/eds-sign-in";
import { isEdsDemo, ncaLayerUrl } from "@/lib/eds/config";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ as?: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "signIn" }))("title") };
}

// Sign-in: parents with EDS through NCALayer or by one-time code, staff by login and password.
export default async function SignInPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const { as } = await searchParams;
  const staff = as === "staff";
  const t = await getTranslations("signIn");
  const te = await getTranslations("eds");
  const nca = ncaLayerUrl();
  const tab = (active: boolean) =>
    `flex-1 rounded-md px-3 py-2 text-center text-sm font-medium ${active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <nav className="flex gap-1 rounded-lg bg-white p-1 ring-1 ring-slate-200" aria-label={t("title")}>
        <Link
          href="/sign-in"
          className={tab(!staff)}
          aria-current={!staff ? "page" : undefined}
          data-testid="tab-parent"
        >
          {t("tabParent")}
        </Link>
        <Link
          href="/sign-in?as=staff"
          className={tab(staff)}
          aria-current={staff ? "page" : undefined}
          data-testid="tab-staff"
        >
          {t("tabStaff")}
        </Link>
      </nav>
      {!staff ? (
        <Card title={te("signInTitle")}>
          <ClientMessages namespaces={["eds", "errors"]}>
            <EdsSignIn
              ncaLayerUrl={nca}
              demoChooserUrl={isEdsDemo() ? `${nca.replace(/^ws/, "http")}/` : undefined}
            />
          </ClientMessages>
        </Card>
      ) : null}
      <Card title={staff ? t("staffTitle") : t("parentTitle")}>
        <ClientMessages namespaces={["signIn", "errors", "validation.code", "validation.required"]}>
          {staff ? <StaffSignIn /> : <ParentSignIn />}
        </ClientMessages>
      </Card>
    </div>
  );
}
