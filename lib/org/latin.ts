// Kazakh Cyrillic → the official Kazakh Latin alphabet (2021: Ä Ğ I İ Ñ Ö Q Ş Ū Ü Y …), with the Russian
// letters' usual Latin forms: the English pages' name of an organisation that has none of its own. Pure.
const MAP: Record<string, string> = {
  а: "a",
  ә: "ä",
  б: "b",
  в: "v",
  г: "g",
  ғ: "ğ",
  д: "d",
  е: "e",
  ё: "io",
  ж: "j",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "ñ",
  о: "o",
  ө: "ö",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "ū",
  ү: "ü",
  ф: "f",
  х: "h",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ш: "ş",
  щ: "şş",
  ъ: "",
  ы: "y",
  і: "ı",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
};
// Capitals where the first letter is not simply upper-cased (the dotted/dotless i pair).
const UPPER: Record<string, string> = { и: "İ", й: "İ", і: "I" };

export function kazakhLatin(text: string): string {
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = MAP[lower];
    if (latin === undefined) out += ch;
    else if (ch === lower) out += latin;
    else out += UPPER[lower] ?? latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}
