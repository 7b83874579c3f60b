// Invitation logins: the surname and the first initial in Latin letters, e.g. "serikbaeva.g".

const LETTERS: Record<string, string> = {
  а: "a",
  ә: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  і: "i",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "u",
  ү: "u",
  ф: "f",
  х: "kh",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

// Kazakh/Russian Cyrillic to lowercase ASCII letters; anything else but a–z and 0–9 is dropped.
export function transliterate(text: string): string {
  return Array.from(text.toLowerCase().normalize("NFC"), (ch) => LETTERS[ch] ?? ch)
    .join("")
    .normalize("NFD")
    .replace(/[^a-z0-9]/g, "");
}

// The login a person would get before collisions: "surname.i" (at most 30 characters).
export function loginBase(lastName: string, firstName: string): string {
  const surname = transliterate(lastName).slice(0, 28) || "staff";
  const initial = transliterate(firstName).slice(0, 1);
  return initial ? `${surname}.${initial}` : surname;
}

// The first free login among base, base2, base3, … given the logins already taken.
export function firstFreeLogin(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}
