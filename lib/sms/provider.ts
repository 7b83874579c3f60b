import "server-only";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/prisma";

// What every SMS gateway offers: send one text to one phone number.
export interface SmsProvider {
  readonly name: string;
  send(phone: string, text: string): Promise<void>;
}

// Demo and tests: messages land in the outbox table, listed on the demo-mode page.
export const outboxSmsProvider: SmsProvider = {
  name: "outbox",
  async send(phone, text) {
    await prisma.outboxMessage.create({
      data: { channel: "SMS", destination: phone, body: text, provider: "outbox" },
    });
  },
};

// Production: POSTs {phone, text} as JSON to the configured gateway with a bearer token.
export function httpSmsProvider(url: string, token?: string): SmsProvider {
  return {
    name: "http",
    async send(phone, text) {
      const res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ phone, text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
    },
  };
}

// The provider chosen by the environment (outbox unless a gateway is configured).
export function smsProvider(): SmsProvider {
  const e = env();
  return e.SMS_PROVIDER === "http" && e.SMS_HTTP_URL
    ? httpSmsProvider(e.SMS_HTTP_URL, e.SMS_HTTP_TOKEN)
    : outboxSmsProvider;
}
