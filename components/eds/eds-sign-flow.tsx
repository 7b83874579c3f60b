"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useErrorText } from "@/components/auth/use-error-text";
import { signXmlWithNcaLayer, type NcaFailure, type NcaKeyType } from "./ncalayer-client";

type Message = {
  message: string;
  messageValues?: Record<string, string | number>;
  /** The message's text in the page's language, as the server sent it with the answer. */
  texts?: Record<string, string>;
};
/** What the server gives to sign: the XML, and a token to send back with the signature (e.g. a challenge id). */
export type EdsPrepared = { ok: true; xml: string; token?: string } | ({ ok: false } & Message);
// What the server says about the signature.
export type EdsCompleted = { ok: true; message?: string } | ({ ok: false } & Message);

// The button's settings and the two server round trips around NCALayer.
export type EdsSignFlowProps = {
  ncaLayerUrl: string;
  keyType: NcaKeyType;
  /** Let NCALayer offer only this person's keys. */
  iin?: string;
  label: string;
  testId?: string;
  prepare: () => Promise<EdsPrepared>;
  complete: (signedXml: string, token?: string) => Promise<EdsCompleted>;
};

type Phase = "idle" | "preparing" | "waiting" | "verifying" | "done";
type Problem = { nca: NcaFailure; detail?: string } | ({ nca?: undefined } & Message);

const NCA_KEYS = {
  unavailable: "unavailable",
  cancelled: "cancelled",
  wrong_password: "wrongPassword",
} as const;

// One "sign with EDS" button: asks the server what to sign, has NCALayer sign it, hands the signature
// back, and says in the page's language what went wrong (NCALayer missing, cancel, wrong password, refusal).
export function EdsSignFlow({
  ncaLayerUrl,
  keyType,
  iin,
  label,
  testId = "eds-sign",
  prepare,
  complete,
}: EdsSignFlowProps) {
  const t = useTranslations("eds");
  const errorText = useErrorText();
  const locale = useLocale();
  const [phase, setPhase] = useState<Phase>("idle");
  const [problem, setProblem] = useState<Problem>();
  const [doneMessage, setDoneMessage] = useState<string>();

  async function run() {
    setProblem(undefined);
    setPhase("preparing");
    const prepared = await prepare().catch((): EdsPrepared => ({ ok: false, message: "errors.internal" }));
    if (!prepared.ok) return fail(prepared);
    setPhase("waiting");
    const signed = await signXmlWithNcaLayer(prepared.xml, { url: ncaLayerUrl, keyType, locale, iin });
    if (!signed.ok) return fail({ nca: signed.reason, detail: signed.detail });
    setPhase("verifying");
    const done = await complete(signed.signedXml, prepared.token).catch((): EdsCompleted => ({
      ok: false,
      message: "errors.internal",
    }));
    if (!done.ok) return fail(done);
    setDoneMessage(done.message);
    setPhase("done");
  }

  function fail(p: Problem) {
    setProblem(p);
    setPhase("idle");
  }

  const busy = phase !== "idle";
  const busyText =
    phase === "preparing"
      ? t("preparing")
      : phase === "waiting"
        ? t("waiting")
        : phase === "verifying"
          ? t("verifying")
          : label;
  return (
    <div className="space-y-3">
      <Button type="button" onClick={run} disabled={busy} data-testid={testId} aria-busy={busy}>
        {busy && phase !== "done" ? busyText : label}
      </Button>
      {phase === "waiting" ? (
        <Alert tone="info" testId={`${testId}-waiting`}>
          {t("waiting")}
        </Alert>
      ) : null}
      {phase === "done" && doneMessage ? (
        <Alert tone="success" testId={`${testId}-done`}>
          {errorText(doneMessage)}
        </Alert>
      ) : null}
      {problem ? (
        <Alert tone="error" testId={`${testId}-error`}>
          <span data-reason={problem.nca ?? problem.message}>
            {problem.nca === "failed"
              ? t("failed", { detail: problem.detail || "—" })
              : problem.nca
                ? t(NCA_KEYS[problem.nca])
                : errorText(problem.message, problem.messageValues, problem.texts)}
          </span>
          {problem.nca === "unavailable" ? (
            <>
              {" "}
              <Link
                href="/instructions"
                className="font-medium underline"
                data-testid={`${testId}-instructions`}
              >
                {t("instructionsLink")}
              </Link>
            </>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
