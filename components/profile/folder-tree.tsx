import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { FolderNode } from "@/lib/profile/documents";

// The documents' folders on the left, nested; the chosen one highlighted; the top level first.
export async function FolderTree({
  slug,
  tree,
  current,
}: {
  slug: string;
  tree: FolderNode[];
  current: string | null;
}) {
  const t = await getTranslations("profile.documents");
  const link = (id: string | null, label: string, count: number | null, depth: number) => {
    const active = id === current;
    return (
      <Link
        href={{ pathname: `/org/${slug}/documents`, query: id ? { folder: id } : {} }}
        aria-current={active ? "page" : undefined}
        data-testid={id ? "documents-folder" : "documents-root"}
        className={`flex items-baseline justify-between gap-2 rounded px-2 py-1 text-sm ${active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
        style={{ paddingLeft: `${0.5 + depth * 0.9}rem` }}
      >
        <span className="break-words">{label}</span>
        {count !== null ? (
          <span className={`text-xs ${active ? "text-brand-50" : "text-slate-500"}`}>{count}</span>
        ) : null}
      </Link>
    );
  };
  const items = (nodes: FolderNode[], depth: number): React.ReactNode =>
    nodes.map((n) => (
      <li key={n.id}>
        {link(n.id, n.name, n.count, depth)}
        {n.children.length ? <ul className="space-y-0.5">{items(n.children, depth + 1)}</ul> : null}
      </li>
    ));
  return (
    <nav aria-label={t("folders")} data-testid="documents-tree">
      <ul className="space-y-0.5">
        <li>{link(null, t("root"), null, 0)}</li>
        {items(tree, 1)}
      </ul>
    </nav>
  );
}
