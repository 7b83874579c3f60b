// Texts the voucher job writes for people whose language it does not know: the annulment reason
// stored on the voucher and the parent's SMS, each in Kazakh and Russian together (kk / ru).
import { createTranslator } from "use-intl/core";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import type en from "@/messages/en.json";
import type { YearMonth } from "@/lib/timesheet/window";

const translators = (["kk", "ru"] as const).map((locale) =>
  createTranslator({ locale, messages: (locale === "kk" ? kk : ru) as typeof en, namespace: "voucherTexts" }),
);

// A month as MM.YYYY (the same in every language).
export function dottedMonth(ym: YearMonth): string {
  return `${String(ym.month).padStart(2, "0")}.${ym.year}`;
}

const monthList = (months: YearMonth[]) => months.map(dottedMonth).join(", ");

// The reason stored on an annulled voucher, naming the two months.
export function annulReasonText(months: YearMonth[]): string {
  return translators.map((t) => t("reason", { months: monthList(months) })).join(" / ");
}

// The SMS to a legal representative when the voucher is annulled (short: Cyrillic SMS parts hold 70 characters).
export function annulSmsText(o: { childFirstName: string; number: string; months: YearMonth[] }): string {
  return `Balabaqsha: ${translators.map((t) => t("sms", { child: o.childFirstName, number: o.number, months: monthList(o.months) })).join(" / ")}`;
}
