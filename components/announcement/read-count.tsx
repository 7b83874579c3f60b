import { getTranslations } from "next-intl/server";

// "Read by X of Y" (seed 001: "6 ішінен 34"), with the share.
export async function ReadCountText({
  read,
  total,
  long = false,
}: {
  read: number;
  total: number;
  long?: boolean;
}) {
  const t = await getTranslations("announcements");
  const share = total ? Math.round((read / total) * 100) : 0;
  return (
    <span title={`${share}%`}>
      {long ? t("readByXofY", { read, total }) : t("readXofY", { read, total })}
    </span>
  );
}
