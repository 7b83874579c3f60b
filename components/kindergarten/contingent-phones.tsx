import { getTranslations } from "next-intl/server";

const Tel = ({ phone }: { phone: string }) => (
  <a href={`tel:${phone}`} className="whitespace-nowrap text-brand-700">
    {phone}
  </a>
);

// A representative's phones: the person's own (theirs to change: the portal's codes go to it) and, when it
// differs, the contact the kindergarten was given for them (kept on the link, never copied to the person).
export async function ContingentPhones({
  phone,
  contactPhone,
  showMissing = false,
}: {
  phone: string | null;
  contactPhone: string | null;
  /** Say "no phone" when there is none at all. */
  showMissing?: boolean;
}) {
  const t = await getTranslations("kgContingent");
  const contact = contactPhone && contactPhone !== phone ? contactPhone : null;
  if (!phone && !contact) return showMissing ? <>{t("noPhone")}</> : null;
  return (
    <>
      {phone ? <Tel phone={phone} /> : null}
      {phone && contact ? " · " : null}
      {contact ? (
        <span data-testid="contingent-rep-contact">
          {t("contactPhone")}: <Tel phone={contact} />
        </span>
      ) : null}
    </>
  );
}
