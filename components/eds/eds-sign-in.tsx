"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { useWelcomePath } from "@/components/auth/use-welcome-path";
import { startEdsSignInAction } from "@/lib/eds/actions";
import { EdsSignFlow, type EdsCompleted, type EdsPrepared } from "./eds-sign-flow";

// Parent sign-in with EDS (seed 000, way 1): the server's one-time challenge is signed in NCALayer
// with the authentication key, next-auth's "eds" provider verifies it and opens the session.
export function EdsSignIn({ ncaLayerUrl, demoChooserUrl }: { ncaLayerUrl: string; demoChooserUrl?: string }) {
  const t = useTranslations("eds");
  const router = useRouter();
  const welcomePath = useWelcomePath();

  async function prepare(): Promise<EdsPrepared> {
    const r = await startEdsSignInAction();
    return r.ok ? { ok: true, xml: r.xml, token: r.challengeId } : r;
  }

  async function complete(signedXml: string, challengeId?: string): Promise<EdsCompleted> {
    const res = await signIn("eds", { redirect: false, challengeId, signedXml });
    if (res?.ok && !res.error) {
      router.replace(welcomePath);
      router.refresh();
      return { ok: true };
    }
    return { ok: false, message: `errors.${res?.error ?? "internal"}` };
  }

  return (
    <div className="space-y-3" data-testid="eds-sign-in">
      <p className="text-sm text-slate-600">{t("signInIntro")}</p>
      <EdsSignFlow
        ncaLayerUrl={ncaLayerUrl}
        keyType="AUTHENTICATION"
        label={t("signInButton")}
        testId="eds-sign-in-button"
        prepare={prepare}
        complete={complete}
      />
      {demoChooserUrl ? (
        <p className="text-xs text-slate-500" data-testid="eds-demo-note">
          {t("demoNote")}{" "}
          <a href={demoChooserUrl} target="_blank" rel="noreferrer" className="underline">
            {demoChooserUrl}
          </a>
        </p>
      ) : null}
      <p className="text-xs text-slate-500">{t("orCode")}</p>
    </div>
  );
}
