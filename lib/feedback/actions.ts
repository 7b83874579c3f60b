"use server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { requestClientIp } from "@/lib/auth/client-ip";
import {
  answerAppealSchema,
  answerQuestionSchema,
  appealIdSchema,
  appealSchema,
  appealsEmailSchema,
  confirmEmailSchema,
  contactsSchema,
  publishQuestionSchema,
  questionSchema,
} from "./schemas";
import { appealResource, orgResource, publicOrgResource, questionResource } from "./org";
import { sendAppeal } from "./send-appeal";
import { askQuestion } from "./ask-question";
import { confirmAppealsEmail, requestAppealsEmailCode } from "./appeals-email";
import { answerAppeal, takeAppeal } from "./appeals";
import { answerQuestion, setQuestionPublished } from "./questions";
import { saveFeedbackContacts } from "./contacts";

// The public Feedback tab and the administration's feedback block (lib/feedback/*.ts hold the rules). Every
// change shows under the organisation's pages: the tab, the feedback block, and the settings page that
// embeds the appeals e-mail section.
const revalidate: Revalidation[] = [["/[locale]/org/[slug]", "layout"]];

// A citizen sends an electronic appeal to the organisation (only while its appeals e-mail is confirmed).
export const sendAppealAction = formAction({
  name: "appeal.send",
  permission: "appeal.send",
  schema: appealSchema,
  resource: (input) => publicOrgResource(input.slug),
  run: async ({ actor, input, resource, now }) => {
    await sendAppeal({
      actor,
      organizationId: resource.organizationId,
      input,
      ip: await requestClientIp(),
      now,
    });
    return { message: "feedback.appeal.sent" };
  },
  revalidate,
});

// A citizen asks a question for the public questions and answers (shown once answered and published).
export const askQuestionAction = formAction({
  name: "question.ask",
  permission: "question.ask",
  schema: questionSchema,
  resource: (input) => publicOrgResource(input.slug),
  run: async ({ actor, input, resource, now }) => {
    await askQuestion({
      actor,
      organizationId: resource.organizationId,
      input,
      ip: await requestClientIp(),
      now,
    });
    return { message: "feedback.questions.asked" };
  },
  revalidate,
});

// Saves the contacts for citizens and the rules and hours of personal reception (administrators).
export const saveFeedbackContactsAction = formAction({
  name: "feedback.save_contacts",
  permission: "org.feedback.manage",
  schema: contactsSchema,
  resource: (input) => orgResource(input.organizationId),
  run: async ({ actor, input }) => {
    await saveFeedbackContacts(actor, input);
    return { message: "feedback.admin.saved" };
  },
  revalidate,
});

// Sets the appeals e-mail and sends a confirmation code to it (administrators).
export const requestAppealsEmailCodeAction = formAction({
  name: "feedback.send_email_code",
  permission: "org.feedback.manage",
  schema: appealsEmailSchema,
  resource: (input) => orgResource(input.organizationId),
  run: async ({ actor, input, resource, now }) => {
    const { sent } = await requestAppealsEmailCode({ actor, ...resource }, input.email, {
      ip: await requestClientIp(),
      now,
    });
    return { message: sent ? "feedback.email.codeSent" : "feedback.email.codeNotSent" };
  },
  revalidate,
});

// Confirms the appeals e-mail with the code sent to it: electronic appeals open (administrators).
export const confirmAppealsEmailAction = formAction({
  name: "feedback.confirm_email",
  permission: "org.feedback.manage",
  schema: confirmEmailSchema,
  keepValues: false,
  resource: (input) => orgResource(input.organizationId),
  run: async ({ actor, input, resource, now }) => {
    await confirmAppealsEmail({ actor, ...resource }, input.code, now);
    return { message: "feedback.email.confirmed" };
  },
  revalidate,
});

// Takes a new appeal into work (administrators of the organisation it was sent to).
export const takeAppealAction = formAction({
  name: "appeal.take",
  permission: "org.feedback.manage",
  schema: appealIdSchema,
  invalidAs: "errors.invalid_input",
  refusedAs: "not_found",
  resource: (input) => appealResource(input.appealId),
  run: async ({ actor, input, resource }) => {
    await takeAppeal({ actor, ...resource }, input.appealId);
    return { message: "feedback.inbox.taken" };
  },
  revalidate,
});

// Answers an appeal: the answer is e-mailed to the citizen and the appeal is answered (administrators).
export const answerAppealAction = formAction({
  name: "appeal.answer",
  permission: "org.feedback.manage",
  schema: answerAppealSchema,
  refusedAs: "not_found",
  resource: (input) => appealResource(input.appealId),
  run: async ({ actor, input, resource, now }) => {
    const { mailed } = await answerAppeal({ actor, ...resource }, input.appealId, input.answer, now);
    return { message: mailed ? "feedback.inbox.answered" : "feedback.inbox.answeredNotMailed" };
  },
  revalidate,
});

// Answers a citizen's question and publishes it or keeps it private (administrators).
export const answerQuestionAction = formAction({
  name: "question.answer",
  permission: "org.feedback.manage",
  schema: answerQuestionSchema,
  refusedAs: "not_found",
  resource: (input) => questionResource(input.questionId),
  run: async ({ actor, input, resource, now }) => {
    await answerQuestion({ actor, ...resource }, input.questionId, input, now);
    return {
      message: input.publish ? "feedback.questions.answeredPublished" : "feedback.questions.answered",
    };
  },
  revalidate,
});

// Publishes an answered question or withdraws it from the public list (administrators).
export const publishQuestionAction = formAction({
  name: "question.publish",
  permission: "org.feedback.manage",
  schema: publishQuestionSchema,
  invalidAs: "errors.invalid_input",
  refusedAs: "not_found",
  resource: (input) => questionResource(input.questionId),
  run: async ({ actor, input, resource }) => {
    await setQuestionPublished({ actor, ...resource }, input.questionId, input.published);
    return { message: input.published ? "feedback.questions.published" : "feedback.questions.unpublished" };
  },
  revalidate,
});
