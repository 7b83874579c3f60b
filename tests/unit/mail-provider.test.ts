import nodemailer from "nodemailer";
import { afterEach, describe, expect, it, vi } from "vitest";
import { smtpMailProvider, smtpUrlWithTimeouts, type MailTransport } from "@/lib/mail/provider";
import { confirmCodeMail, newAppealMail } from "@/lib/feedback/mail-texts";

const org = {
  shortNameKk: "Көкшетау қаласы бойынша білім бөлімі",
  shortNameRu: "Отдел образования по городу Кокшетау",
  timeZone: "Asia/Almaty",
};

describe("the SMTP provider", () => {
  it("sends a plain-text message from MAIL_FROM through the transport", async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent = vi.spyOn(transport, "sendMail");
    await smtpMailProvider(transport, "Balabaqsha <noreply@balabaqsha.kz>").send({
      to: "appeals@edu.kz",
      subject: "Тақырып / Тема",
      text: "Мәтін",
    });
    const info = await sent.mock.results[0]!.value;
    const message = JSON.parse(info.message);
    expect(message).toMatchObject({
      from: { address: "noreply@balabaqsha.kz", name: "Balabaqsha" },
      to: [{ address: "appeals@edu.kz", name: "" }],
      subject: "Тақырып / Тема",
      text: "Мәтін",
    });
  });

  it("fails when the server refuses the recipient", async () => {
    const transport: MailTransport = { sendMail: async () => ({ rejected: ["x@edu.kz"] }) as never };
    await expect(
      smtpMailProvider(transport, "a@b.kz").send({ to: "x@edu.kz", subject: "s", text: "t" }),
    ).rejects.toThrow("refused");
  });

  it("gets timeouts of seconds unless its URL names its own", () => {
    const url = new URL(smtpUrlWithTimeouts("smtps://user:p%40ss@smtp.example.kz:465?socketTimeout=5000"));
    expect(url.searchParams.get("connectionTimeout")).toBe("10000");
    expect(url.searchParams.get("socketTimeout")).toBe("5000");
    expect(url.password).toBe("p%40ss");
  });
});

describe("choosing the provider", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const providerWith = async (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
    vi.resetModules();
    const { mailProvider } = await import("@/lib/mail/provider");
    return mailProvider;
  };

  it("is the outbox in demo mode without SMTP_URL, SMTP with it", async () => {
    expect((await providerWith({ BALABAQSHA_DEMO: "1", SMTP_URL: undefined }))().name).toBe("outbox");
    expect((await providerWith({ BALABAQSHA_DEMO: "1", SMTP_URL: "smtp://127.0.0.1:2525" }))().name).toBe(
      "smtp",
    );
    expect((await providerWith({ BALABAQSHA_DEMO: "0", SMTP_URL: "smtp://127.0.0.1:2525" }))().name).toBe(
      "smtp",
    );
  });

  it("never falls back to the outbox out of demo mode", async () => {
    const mailProvider = await providerWith({ BALABAQSHA_DEMO: "0", SMTP_URL: undefined });
    expect(() => mailProvider()).toThrow("SMTP_URL is not set");
  });
});

describe("the feedback e-mails", () => {
  it("carry the code in Kazakh and Russian", () => {
    const m = confirmCodeMail("appeals@edu.kz", org, "042517");
    expect(m.to).toBe("appeals@edu.kz");
    expect(m.text.match(/042517/g)).toHaveLength(2);
    expect(m.text).toContain(org.shortNameKk);
    expect(m.text).toContain(org.shortNameRu);
  });

  it("give the organisation the citizen's appeal with the way to reach them", () => {
    const m = newAppealMail("appeals@edu.kz", org, {
      authorName: "Айгерім",
      email: "citizen@example.kz",
      phone: null,
      subject: "Кезек",
      body: "Орын қашан беріледі?",
      createdAt: new Date("2026-11-30T05:00:00Z"),
    });
    expect(m.subject).toContain("Кезек");
    expect(m.text).toContain("citizen@example.kz");
    expect(m.text).toContain("Орын қашан беріледі?");
    expect(m.text).toContain("30.11.2026, 10:00");
  });
});
