import "server-only";
import nodemailer from "nodemailer";
import { env, isDemoMode } from "@/lib/env";
import { prisma } from "@/lib/db/prisma";

/** One plain-text e-mail to one address. */
export type MailMessage = { to: string; subject: string; text: string };

// What every way of sending e-mail offers: send one message. Addresses and bodies are personal data:
// a provider never logs them (lib/log.ts redacts such fields anyway).
export interface MailProvider {
  readonly name: string;
  send(message: MailMessage): Promise<void>;
}

// Demo and tests: e-mails land in the outbox table, listed on the demo-mode page /demo/outbox.
export const outboxMailProvider: MailProvider = {
  name: "outbox",
  async send({ to, subject, text }) {
    await prisma.outboxMessage.create({
      data: { channel: "EMAIL", destination: to, subject, body: text, provider: "outbox" },
    });
  },
};

/** The part of a nodemailer transport the provider uses (tests pass a stream or JSON transport). */
export type MailTransport = Pick<nodemailer.Transporter, "sendMail">;

// Production: SMTP through nodemailer (SMTP_URL, e.g. smtps://user:pass@smtp.example.kz:465), from MAIL_FROM.
export function smtpMailProvider(transport: MailTransport, from: string): MailProvider {
  return {
    name: "smtp",
    async send({ to, subject, text }) {
      const info = await transport.sendMail({ from, to, subject, text });
      const rejected = (info as { rejected?: unknown[] } | undefined)?.rejected;
      if (rejected && rejected.length > 0) throw new Error("The SMTP server refused the recipient");
    },
  };
}

// Timeouts an SMTP_URL gets unless it names its own: an unreachable server fails within seconds
// instead of holding the citizen's request for nodemailer's default minutes.
const TIMEOUTS = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "20000" };

// The connection string with the default timeouts added (nodemailer reads options from its query).
export function smtpUrlWithTimeouts(url: string): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(TIMEOUTS)) if (!u.searchParams.has(k)) u.searchParams.set(k, v);
  return u.toString();
}

let smtp: { url: string; provider: MailProvider } | undefined;

// The provider chosen by the environment: SMTP when SMTP_URL is set; otherwise the outbox — which only a
// demo server may use (a production start without SMTP_URL is refused: lib/env.ts productionProblems).
export function mailProvider(): MailProvider {
  const e = env();
  if (!e.SMTP_URL) {
    if (!isDemoMode()) throw new Error("SMTP_URL is not set: e-mail can't be sent out of demo mode");
    return outboxMailProvider;
  }
  if (smtp?.url !== e.SMTP_URL)
    smtp = {
      url: e.SMTP_URL,
      provider: smtpMailProvider(nodemailer.createTransport(smtpUrlWithTimeouts(e.SMTP_URL)), e.MAIL_FROM),
    };
  return smtp.provider;
}
