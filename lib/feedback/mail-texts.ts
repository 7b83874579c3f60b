// The feedback block's e-mails, in Kazakh and Russian together (the reader's language is not known):
// the confirmation code of the appeals e-mail, a new appeal for the organisation, and answers to citizens.
import { createTranslator } from "use-intl/core";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import type en from "@/messages/en.json";
import type { MailMessage } from "@/lib/mail/provider";
import { OTP_RULES } from "@/lib/auth/otp/rules";
import { formatDateTime } from "@/lib/format";

const translator = (locale: "kk" | "ru") =>
  createTranslator({
    locale,
    messages: (locale === "kk" ? kk : ru) as typeof en,
    namespace: "feedback.mail",
  });
const tKk = translator("kk");
const tRu = translator("ru");

/** The organisation as the e-mails name it. */
export type MailOrg = { shortNameKk: string; shortNameRu: string; timeZone: string };

const RULE = "\n\n— — —\n\n";

// The code that confirms the appeals e-mail.
export function confirmCodeMail(to: string, org: MailOrg, code: string): MailMessage {
  const minutes = OTP_RULES.ttlMs / 60_000;
  return {
    to,
    subject: `${tKk("codeSubject")} / ${tRu("codeSubject")}`,
    text: [
      tKk("codeText", { org: org.shortNameKk, code, minutes }),
      tRu("codeText", { org: org.shortNameRu, code, minutes }),
    ].join(RULE),
  };
}

/** A citizen's appeal as the organisation receives it. */
export type AppealMailInput = {
  authorName: string;
  email: string;
  phone: string | null;
  subject: string;
  body: string;
  createdAt: Date;
};

// A new appeal, to the organisation's confirmed appeals e-mail.
export function newAppealMail(to: string, org: MailOrg, a: AppealMailInput): MailMessage {
  const label = (key: "from" | "email" | "phone" | "subject" | "sent") => `${tKk(key)} / ${tRu(key)}`;
  return {
    to,
    subject: `${tKk("appealSubject")} / ${tRu("appealSubject")}: ${a.subject}`,
    text: [
      `${tKk("appealIntro", { org: org.shortNameKk })}\n${tRu("appealIntro", { org: org.shortNameRu })}`,
      [
        `${label("sent")}: ${formatDateTime(a.createdAt, "ru", org.timeZone)}`,
        `${label("from")}: ${a.authorName}`,
        `${label("email")}: ${a.email}`,
        `${label("phone")}: ${a.phone ?? "—"}`,
        `${label("subject")}: ${a.subject}`,
      ].join("\n"),
      a.body,
      `${tKk("appealFooter")}\n${tRu("appealFooter")}`,
    ].join("\n\n"),
  };
}

// The organisation's answer to an appeal, to the citizen.
export function appealAnswerMail(
  org: MailOrg,
  a: { authorName: string; email: string; subject: string; createdAt: Date },
  answer: string,
): MailMessage {
  const date = (locale: "kk" | "ru") => formatDateTime(a.createdAt, locale, org.timeZone);
  return {
    to: a.email,
    subject: `${tKk("answerSubject")} / ${tRu("answerSubject")}: ${a.subject}`,
    text: [
      `${tKk("answerIntro", { name: a.authorName, org: org.shortNameKk, subject: a.subject, date: date("kk") })}\n${tRu("answerIntro", { name: a.authorName, org: org.shortNameRu, subject: a.subject, date: date("ru") })}`,
      answer,
    ].join(RULE),
  };
}

// The answer to a question the citizen asked (when they left an e-mail), with a note whether it is public.
export function questionAnswerMail(
  org: MailOrg,
  q: { authorName: string | null; email: string; question: string },
  answer: string,
  published: boolean,
): MailMessage {
  const name = q.authorName ?? "";
  const note = published ? "questionPublished" : "questionPrivate";
  return {
    to: q.email,
    subject: `${tKk("questionSubject")} / ${tRu("questionSubject")}`,
    text: [
      `${tKk("questionIntro", { name, org: org.shortNameKk })}\n${tRu("questionIntro", { name, org: org.shortNameRu })}`,
      q.question,
      answer,
      `${tKk(note)}\n${tRu(note)}`,
    ].join(RULE),
  };
}
