// An organisation type's name in the page's language (orgAdmin.orgType.<type>), or the type's code for a
// type the messages do not name (an organisation imported with a type of its own).
export function orgTypeLabel(
  t: { has: (key: never) => boolean; (key: never): string },
  orgType: string,
): string {
  return t.has(orgType as never) ? t(orgType as never) : orgType.replaceAll("_", " ");
}
