import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";

// A read-by date as the list shows it: "Today", the date, or "not limited".
export async function ReadByCell({
  date,
  today,
  locale,
}: {
  date: Date | null;
  today: string;
  locale: string;
}) {
  const t = await getTranslations("announcements");
  if (!date) return <span className="text-slate-500">{t("noReadBy")}</span>;
  if (date.toISOString().slice(0, 10) === today) return <span className="font-medium">{t("today")}</span>;
  return <span>{formatDate(date, locale)}</span>;
}
