import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { FormField } from "@/components/forms/form-field";
import { ConfirmTick } from "@/components/queue/referral-confirm";
import { formatDateTime } from "@/lib/format";
import {
  acceptVoucherAction,
  extendContractAction,
  refuseVoucherAction,
  restoreApplicationAction,
} from "@/lib/voucher/life-actions";
import type { VoucherLife } from "@/lib/voucher/life-view";

// The voucher block of a queue application in the parent's cabinet: each step with its deadline
// (Almaty time) and what the parent may do now — accept or refuse an issued voucher, extend the
// contract deadline once, restore an inactive application once.
export async function VoucherLifeCard({ life, locale }: { life: VoucherLife; locale: string }) {
  const t = await getTranslations("vouchers.life");
  const at = (d: Date | null) => formatDateTime(d, locale);
  const v = life.voucher;
  return (
    <div
      className="mt-2 space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
      data-testid="voucher-life"
      data-status={v?.status ?? ""}
      data-application-status={life.applicationStatus}
    >
      {v ? (
        <div className="space-y-1">
          <p className="font-semibold" data-testid="voucher-life-number">
            {t("title", { number: v.number })}
          </p>
          {v.status === "ISSUED" ? (
            <p className="text-sm" data-testid="voucher-accept-by">
              {t("issuedNote", { date: at(v.issuedAt), until: at(v.acceptBy) })}
            </p>
          ) : null}
          {v.status === "ACCEPTED" ? (
            <p className="text-sm" data-testid="voucher-contract-by">
              {t("acceptedNote", { date: at(v.acceptedAt), until: at(v.contractBy) })}
              {v.contractExtendedAt ? ` ${t("extendedNote", { until: at(v.contractBy) })}` : ""}
            </p>
          ) : null}
          {v.status === "ACTIVE" && v.contractedAt ? (
            <p className="text-sm text-emerald-800" data-testid="voucher-active">
              {t("activeNote", { contract: v.contractNumber ?? "—", date: at(v.contractedAt) })}
            </p>
          ) : null}
          {v.status === "REFUSED" ? (
            <p className="text-sm">{t("refusedNote", { date: at(v.refusedAt) })}</p>
          ) : null}
          {v.status === "EXPIRED" ? (
            <p className="text-sm text-red-800">{t("expiredNote", { date: at(v.expiredAt) })}</p>
          ) : null}
        </div>
      ) : null}
      {v && life.canAnswer ? (
        <>
          <ActionForm
            action={acceptVoucherAction}
            submitLabel={t("accept")}
            hidden={{ voucherId: v.id }}
            testId="voucher-accept"
            className="space-y-2"
          />
          <details className="rounded-md bg-white p-3 ring-1 ring-red-200">
            <summary
              className="cursor-pointer text-sm font-medium text-red-800"
              data-testid="voucher-refuse-open"
            >
              {t("refuseOpen")}
            </summary>
            <ActionForm
              action={refuseVoucherAction}
              submitLabel={t("refuse")}
              variant="danger"
              hidden={{ voucherId: v.id }}
              testId="voucher-refuse"
              className="mt-3 space-y-3"
            >
              <p className="text-sm text-slate-700">{t("refuseWarning")}</p>
              <ConfirmTick id={`voucher-refuse-confirm-${v.id}`} label={t("refuseConfirm")} />
            </ActionForm>
          </details>
        </>
      ) : null}
      {v && life.canExtend ? (
        <details className="rounded-md bg-white p-3 ring-1 ring-slate-200">
          <summary className="cursor-pointer text-sm font-medium" data-testid="voucher-extend-open">
            {t("extendTitle")}
          </summary>
          <ActionForm
            action={extendContractAction}
            submitLabel={t("extend")}
            hidden={{ voucherId: v.id }}
            testId="voucher-extend"
            className="mt-3 space-y-3"
          >
            <FormField
              name="days"
              type="number"
              inputMode="numeric"
              label={t("extendDays")}
              required
              defaultValue={30}
              min={1}
              max={30}
            />
          </ActionForm>
        </details>
      ) : null}
      {life.applicationStatus === "INACTIVE" && life.inactiveSince ? (
        <div className="space-y-2" data-testid="application-inactive">
          <p className="text-sm text-amber-900">
            {life.canRestore
              ? t("inactiveNote", { date: at(life.inactiveSince), until: at(life.restorableUntil) })
              : life.restoredAt
                ? t("inactiveRestoredBefore", { date: at(life.inactiveSince) })
                : t("inactiveOver", { date: at(life.inactiveSince), until: at(life.restorableUntil) })}
          </p>
          {life.canRestore ? (
            <ActionForm
              action={restoreApplicationAction}
              submitLabel={t("restore")}
              hidden={{ applicationId: life.applicationId }}
              testId="application-restore"
              className="space-y-2"
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
