import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { OrgKind } from "@/lib/generated/prisma/enums";
import { isAuthorityKind, type CategoryNode, type PeopleQuery } from "@/lib/profile/people-rules";

// A category's name: the heads of an authority are "Heads", of a kindergarten "Directors", and so on.
export async function categoryLabeller(kind: OrgKind): Promise<(node: CategoryNode) => string> {
  const t = await getTranslations("profile.people.categories");
  return (node) => {
    const spec = node.spec;
    if (spec.kind !== "staff") return t(spec.kind);
    if (!spec.group) return t(spec.scope);
    const authority = spec.scope === "sub" || (spec.scope === "own" && isAuthorityKind(kind));
    if (spec.group === "heads") return t(authority ? "heads" : "directors");
    if (spec.group === "others") return t(authority ? "employees" : "otherStaff");
    return t(spec.group);
  };
}

// The categories on the left of the People tab, each with its count; the chosen one highlighted.
export async function PeopleTree({
  slug,
  kind,
  tree,
  counts,
  query,
}: {
  slug: string;
  kind: OrgKind;
  tree: CategoryNode[];
  counts: Record<string, number>;
  query: PeopleQuery;
}) {
  const t = await getTranslations("profile.people.categories");
  const label = await categoryLabeller(kind);
  const href = (key: string) => ({
    pathname: `/org/${slug}/people`,
    query: {
      ...(key !== "all" ? { cat: key } : {}),
      ...(query.q ? { q: query.q } : {}),
      ...(query.online ? { online: "1" } : {}),
    },
  });
  const item = (node: CategoryNode, nested: boolean) => {
    const active = node.key === query.category;
    return (
      <li key={node.key}>
        <Link
          href={href(node.key)}
          aria-current={active ? "page" : undefined}
          data-testid={`people-cat-${node.key}`}
          className={`flex items-baseline justify-between gap-2 rounded px-2 py-1 text-sm ${nested ? "pl-5" : "font-medium"} ${active ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          <span>{label(node)}</span>
          <span className={`text-xs ${active ? "text-brand-50" : "text-slate-500"}`}>
            {counts[node.key] ?? 0}
          </span>
        </Link>
        {node.children?.length ? (
          <ul className="mt-0.5 space-y-0.5">{node.children.map((c) => item(c, true))}</ul>
        ) : null}
      </li>
    );
  };
  return (
    <nav aria-label={t("label")} data-testid="people-tree">
      <ul className="space-y-1">{tree.map((n) => item(n, false))}</ul>
    </nav>
  );
}
