import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** How many pages `total` rows make at `size` a page (at least one). */
export const pagesOf = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/** The page asked for in the address (?page=), clamped to 1…pages. */
export function pageParam(raw: string | string[] | undefined, pages = Number.MAX_SAFE_INTEGER): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, pages) : 1;
}

// Previous / next links around "Page 2 of 7" for a long list (nothing when it fits on one page).
export async function Pager({
  page,
  pages,
  href,
  testId = "pager",
}: {
  page: number;
  pages: number;
  /** The address of page n (keeping the list's filters). */
  href: (n: number) => string;
  testId?: string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("pager");
  const link = "rounded px-2 py-1 text-brand-700 hover:bg-brand-50";
  return (
    <nav aria-label={t("label")} className="flex items-center gap-3 text-sm" data-testid={testId}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link} data-testid={`${testId}-prev`}>
          ← {t("previous")}
        </Link>
      ) : null}
      <span className="text-slate-700">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className={link} data-testid={`${testId}-next`}>
          {t("next")} →
        </Link>
      ) : null}
    </nav>
  );
}
