// A person's name as the NCA certificate gives it (upper case: CN "SURNAME NAME", SURNAME, G = patronymic),
// turned into the portal's Person fields in ordinary capitalisation.

// "ЖҰМАБАЕВА-ОРАЛ ӘСЕМ" → "Жұмабаева-Орал Әсем".
export function titleCase(s: string): string {
  return s
    .trim()
    .toLocaleLowerCase("kk")
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toLocaleUpperCase("kk"));
}

// Last, first and middle name from the certificate's subject; the first name is CN without the surname.
export function nameFromCertificate(s: { commonName: string; surname: string; patronymic: string }) {
  const cn = s.commonName.replace(/\s+/g, " ").trim();
  const surname = s.surname.trim() || cn.split(" ")[0] || "";
  const first = cn.toLocaleUpperCase("kk").startsWith(surname.toLocaleUpperCase("kk"))
    ? cn.slice(surname.length).trim()
    : cn.split(" ").slice(1).join(" ");
  return {
    lastName: titleCase(surname),
    firstName: titleCase(first),
    middleName: s.patronymic.trim() ? titleCase(s.patronymic) : null,
  };
}
