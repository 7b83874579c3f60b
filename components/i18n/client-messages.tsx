import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, type Messages } from "@/lib/i18n-pick";

/** What every client component may need: the header's, the generic error and the error page's. */
const BASE = ["nav", "errors.internal", "errorPage"];

// Gives the client components inside only the message namespaces they use (plus the base): a page sends
// a few kilobytes of the catalogue instead of all of it. Texts of an action's answer come from the server
// with the answer (lib/action/state-texts.ts).
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: string[];
  children: ReactNode;
}) {
  const all = (await getMessages()) as unknown as Messages;
  return (
    <NextIntlClientProvider messages={pickMessages(all, [...BASE, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
