import { ALL_CODES, type AudienceCode, type AudienceFamily } from "@/lib/announcement/audiences";

/** A translator of the "announcements" namespace (next-intl's t, from the server or the client). */
type T = (key: string, values?: Record<string, string | number>) => string;

const FAMILY_OF: Record<string, AudienceFamily> = {
  network: "network",
  own: "own",
  subordinate: "subordinate",
  kindergarten: "kindergarten",
};

// The words for audiences: a family's title, a code's sub-role, and a whole choice as one line
// ("Our staff: heads, deputies · Subordinate kindergartens: parents"). A kindergarten's families are
// worded as its own ("Our kindergarten: parents").
export function audienceTextOf(t: T, kindergarten: boolean) {
  const family = (f: AudienceFamily) =>
    kindergarten && f === "kindergarten" ? t("audience.family.ownKindergarten") : t(`audience.family.${f}`);
  const code = (c: AudienceCode) => t(`audience.code.${c.replace(":", "_")}`);
  const summary = (codes: readonly string[]) => {
    const chosen = ALL_CODES.filter((c) => codes.includes(c));
    const groups = new Map<AudienceFamily, string[]>();
    for (const c of chosen) {
      const f = FAMILY_OF[c.split(":")[0]!]!;
      groups.set(f, [...(groups.get(f) ?? []), code(c)]);
    }
    return [...groups]
      .map(([f, list]) =>
        f === "network" ? family(f) : `${family(f)}: ${list.join(", ").toLocaleLowerCase()}`,
      )
      .join(" · ");
  };
  return { family, code, summary };
}
