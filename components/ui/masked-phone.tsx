import { maskPhone } from "@/lib/profile/people-rules";

// A phone in a list (SPEC §6: personal data shown only where needed): masked — +7 701 *** ** 01 — until the
// reader opens it on purpose, then the whole number as a link that dials. `label` names it for a screen reader.
export function MaskedPhone({ phone, label }: { phone: string; label: string }) {
  return (
    <details className="inline-block" data-testid="masked-phone">
      <summary className="cursor-pointer whitespace-nowrap text-brand-700 tabular-nums" aria-label={label}>
        {maskPhone(phone)}
      </summary>
      <a
        href={`tel:${phone.replace(/[^+\d]/g, "")}`}
        className="whitespace-nowrap text-brand-700 tabular-nums"
      >
        {phone}
      </a>
    </details>
  );
}
