"use client";
import { Link, usePathname } from "@/i18n/navigation";

export type NavItem = { href: string; label: string; testId: string };

// Tabs of an area (kindergarten, authority): horizontal scroll on phones, the current one highlighted.
export function SectionNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav
      aria-label={label}
      className="no-print -mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0"
    >
      <ul className="flex min-w-max gap-1 md:min-w-0 md:flex-wrap">
        {items.map((item) => {
          const active =
            item.href === pathname || (item.href !== items[0]?.href && pathname.startsWith(`${item.href}/`));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                data-testid={item.testId}
                aria-current={active ? "page" : undefined}
                className={`block border-b-2 px-3 py-2 text-sm font-medium ${active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
