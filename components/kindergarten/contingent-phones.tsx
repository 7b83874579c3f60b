import { getTranslations } from "next-intl/server";
import { MaskedPhone } from "@/components/ui/masked-phone";

// One phone: whole, as a link that dials (the child's card), or masked until opened (lists).
function Tel({ phone, whole, label }: { phone: string; whole: boolean; label: string }) {
  return whole ? (
    <a href={`tel:${phone.replace(/[^+\d]/g, "")}`} className="whitespace-nowrap text-brand-700">
      {phone}
    </a>
  ) : (
    <MaskedPhone phone={phone} label={label} />
  );
}

// A representative's phones: the person's own (theirs to change: the portal's codes go to it) and, when it
// differs, the contact the kindergarten was given for them (kept on the link, never copied to the person).
// In a list they are masked until opened; the child's card shows them whole.
export async function ContingentPhones({
  phone,
  contactPhone,
  showMissing = false,
  whole = false,
}: {
  phone: string | null;
  contactPhone: string | null;
  /** Say "no phone" when there is none at all. */
  showMissing?: boolean;
  /** Show the whole numbers (the child's card), not masked ones (lists). */
  whole?: boolean;
}) {
  const t = await getTranslations("kgContingent");
  const contact = contactPhone && contactPhone !== phone ? contactPhone : null;
  if (!phone && !contact) return showMissing ? <>{t("noPhone")}</> : null;
  return (
    <>
      {phone ? <Tel phone={phone} whole={whole} label={t("phone")} /> : null}
      {phone && contact ? " · " : null}
      {contact ? (
        <span data-testid="contingent-rep-contact">
          {t("contactPhone")}: <Tel phone={contact} whole={whole} label={t("contactPhone")} />
        </span>
      ) : null}
    </>
  );
}
