import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { decideReferralAction } from "@/lib/queue/referrals/actions";
import { referralDecisionProblem } from "@/lib/queue/referrals/rules";
import { orgShortName } from "@/lib/org/names";
import { formatDateTime } from "@/lib/format";
import { ConfirmTick } from "./referral-confirm";

type Referral = {
  id: string;
  number: string;
  status: string;
  issuedAt: Date;
  expiresAt: Date;
  decidedAt: Date | null;
  place: {
    birthYear: number;
    language: string;
    organization: { shortNameKk: string; shortNameRu: string; timeZone: string };
    group: { name: string } | null;
  };
};

// A referral (направление) to a place: where, until when, and — while it is issued and valid — the
// parent's three answers: accept, refuse this place (stay in the queue), refuse the voucher (leave it).
export async function ReferralCard({
  referral: r,
  locale,
  now,
}: {
  referral: Referral;
  locale: string;
  now: Date;
}) {
  const t = await getTranslations("queueReferral");
  const tLang = await getTranslations("groupLanguage");
  const tz = r.place.organization.timeZone;
  const open = referralDecisionProblem(r, now) === null;
  return (
    <div
      className={`space-y-3 rounded-md p-4 ring-1 ${open ? "bg-emerald-50 ring-emerald-300" : "bg-slate-50 ring-slate-200"}`}
      data-testid="referral-card"
      data-status={r.status}
      data-number={r.number}
    >
      <div>
        <p className="font-semibold">
          {t("title", { number: r.number })} · {t(`status.${r.status as "ISSUED"}`)}
        </p>
        <p className="text-sm text-slate-700">
          {orgShortName(r.place.organization, locale)}
          {r.place.group ? `, ${r.place.group.name}` : ""} · {t("cohort", { year: r.place.birthYear })} ·{" "}
          {tLang(r.place.language as "KK")}
        </p>
        <p className="text-sm text-slate-700">
          {t("issued", { at: formatDateTime(r.issuedAt, locale, tz) })}
        </p>
        {r.status === "ISSUED" ? (
          <p className="text-sm font-medium" data-testid="referral-expires">
            {t("validUntil", { at: formatDateTime(r.expiresAt, locale, tz) })}
          </p>
        ) : null}
        {r.status === "ACCEPTED" ? (
          <p className="text-sm">{t("acceptedNote", { at: formatDateTime(r.decidedAt, locale, tz) })}</p>
        ) : null}
      </div>
      {open ? (
        <>
          <p className="text-sm text-slate-700">{t("lapseNote")}</p>
          <div className="flex flex-wrap gap-3">
            <ActionForm
              action={decideReferralAction}
              submitLabel={t("accept")}
              hidden={{ referralId: r.id, decision: "accept" }}
              testId="referral-accept"
              className="space-y-2"
            />
            <ActionForm
              action={decideReferralAction}
              submitLabel={t("refusePlace")}
              variant="secondary"
              hidden={{ referralId: r.id, decision: "refuse_place" }}
              testId="referral-refuse-place"
              className="space-y-2"
            />
          </div>
          <details className="rounded-md bg-white p-3 ring-1 ring-red-200">
            <summary
              className="cursor-pointer text-sm font-medium text-red-800"
              data-testid="referral-refuse-voucher-open"
            >
              {t("refuseVoucherOpen")}
            </summary>
            <ActionForm
              action={decideReferralAction}
              submitLabel={t("refuseVoucher")}
              variant="danger"
              hidden={{ referralId: r.id, decision: "refuse_voucher" }}
              testId="referral-refuse-voucher"
              className="mt-3 space-y-3"
            >
              <p className="text-sm text-slate-700">{t("refuseVoucherWarning")}</p>
              <ConfirmTick id={`refuse-voucher-confirm-${r.id}`} label={t("refuseVoucherConfirm")} />
            </ActionForm>
          </details>
        </>
      ) : null}
    </div>
  );
}
