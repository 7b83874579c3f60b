import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

// Tells which district a public list is limited to, with a link to change it.
export async function DistrictFilterNote({ name }: { name: string | null }) {
  const t = await getTranslations("home");
  return (
    <p className="text-sm text-slate-600">
      {name ? t("filteredBy", { district: name }) : t("allDistricts")}{" "}
      <Link href="/" className="text-brand-700 hover:underline">
        {t("changeDistrict")}
      </Link>
    </p>
  );
}
