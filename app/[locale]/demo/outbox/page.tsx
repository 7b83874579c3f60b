import { resolveLocale } from "@/i18n/page-locale";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { isMailOutboxMode, isOutboxMode } from "@/lib/env";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format";

// Demo mode only: the SMS and e-mails the outbox providers "sent", so a newcomer can read the codes.
// With a real SMS gateway and a mail server configured this page does not exist (404).
export default async function OutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  if (!isOutboxMode() && !isMailOutboxMode()) notFound();
  const locale = await resolveLocale(params);
  const t = await getTranslations("outbox");
  const messages = await prisma.outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Alert tone="warning" testId="demo-mode">
        {t("demoMode")}
      </Alert>
      <Card>
        {messages.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="outbox-list">
            {messages.map((m) => (
              <li
                key={m.id}
                className="py-3 text-sm"
                data-testid="outbox-message"
                data-destination={m.destination}
                data-channel={m.channel}
              >
                <p className="font-mono text-slate-500">
                  {formatDateTime(m.createdAt, locale)} · {m.channel} · {m.destination}
                </p>
                {m.subject ? (
                  <p className="mt-1 text-slate-700" data-testid="outbox-subject">
                    {m.subject}
                  </p>
                ) : null}
                <p className="mt-1 whitespace-pre-line font-medium" data-testid="outbox-body">
                  {m.body}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
