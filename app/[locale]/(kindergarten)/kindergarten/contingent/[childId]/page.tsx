import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/page-locale";
import { Link } from "@/i18n/navigation";
import { requireKindergartenManagerPage } from "@/lib/auth/audiences";
import { requestNow } from "@/lib/clock/request-now";
import { childCard } from "@/lib/kindergarten/contingent/child-card";
import { contingentGroups, kindergartenToday } from "@/lib/kindergarten/contingent/list-contingent";
import { formatDate } from "@/lib/format";
import { personName } from "@/lib/org/names";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import {
  ContingentTransferForm,
  ContingentWithdrawForm,
} from "@/components/kindergarten/contingent-move-forms";
import { ContingentRepresentatives } from "@/components/kindergarten/contingent-representatives";
import { ContingentAuditLog, ContingentMoves } from "@/components/kindergarten/contingent-history";

type Props = { params: Promise<{ locale: string; childId: string }> };

// A child of the contingent (administrator): moves and change log, transfer and withdrawal, representatives.
// Children who were never in this kindergarten are "not found".
export default async function ContingentChildPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { childId } = await params;
  const kg = await requireKindergartenManagerPage(locale);
  const t = await getTranslations("kgContingent");
  const tHistory = await getTranslations("history");
  const today = await kindergartenToday(kg.organizationId, await requestNow());
  const card = await childCard(kg.organizationId, childId, today);
  if (!card) notFound();
  const groups = card.open ? await contingentGroups(kg.organizationId, today) : [];
  const targets = groups
    .filter((g) => g.id !== card.open?.groupId)
    .map((g) => ({ value: g.id, label: `${g.name} · ${g._count.enrolments}/${g.capacity}` }));
  const { child, latest } = card;
  const status =
    card.status === "upcoming"
      ? t("status.upcoming", { date: formatDate(latest.startsOn, locale) })
      : latest.endsOn
        ? t("status.currentUntil", { date: formatDate(latest.endsOn, locale) })
        : t("status.current");
  return (
    <ClientMessages namespaces={["kgContingent"]}>
      <div className="space-y-6">
        <Link
          href="/kindergarten/contingent"
          className="text-sm text-brand-700 hover:underline"
          data-testid="contingent-back"
        >
          {t("back")}
        </Link>
        <div>
          <h1 className="text-2xl font-bold" data-testid="contingent-child-name">
            {personName(child)}
          </h1>
          <p className="text-sm text-slate-600">
            {t("iinLabel")}: <span className="font-mono">{child.iin ?? "—"}</span> · {t("birthDate")}:{" "}
            {formatDate(child.birthDate, locale)} · {t("groupNow")}:{" "}
            <span data-testid="contingent-child-group">
              {card.status === "left" ? t("noGroupNow") : card.latest.group.name}
            </span>
            {card.status === "left" ? null : <> ({status})</>}
          </p>
        </div>
        <Card title={t("enrolmentsTitle")} testId="contingent-moves">
          <ContingentMoves enrolments={card.enrolments} locale={locale} />
        </Card>
        {card.open ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <Card title={t("transferTitle")}>
              <ContingentTransferForm childId={child.id} groups={targets} />
            </Card>
            <Card title={t("withdrawTitle")}>
              <ContingentWithdrawForm childId={child.id} />
            </Card>
          </div>
        ) : (
          <Alert testId="contingent-not-in-group">
            {card.status === "left"
              ? t("notInGroup")
              : t("leaving", { date: formatDate(card.latest.endsOn, locale) })}
          </Alert>
        )}
        <Card title={t("repsTitle")} testId="contingent-reps">
          <ContingentRepresentatives
            childId={child.id}
            reps={child.representatives}
            editable={card.status !== "left"}
          />
        </Card>
        <Card title={t("historyTitle")} testId="contingent-history">
          <ContingentAuditLog history={card.history} locale={locale} timeZone={card.timeZone} />
          <Link
            href={`/history/child/${child.id}`}
            className="mt-3 inline-block text-sm text-brand-700 hover:underline"
            data-testid="child-history-link"
          >
            {tHistory("link")}
          </Link>
        </Card>
      </div>
    </ClientMessages>
  );
}
