// How the NCALayer stand-in answers NCALayer's protocol: basics.sign (format xml) and the older
// commonUtils.signXml, with the key the current choice names — or a cancel, a wrong-password error,
// or "no basics module" (an old NCALayer), as the choice says. Shapes follow the real NCALayer.
import fs from "node:fs";
import path from "node:path";
import type { IdentityName, Manifest } from "./test-pki";
import { WrongPasswordError, readPkcs12, signXmlEnveloped } from "./xml-signer";

/** What the stand-in does on the next signing request (the real NCALayer asks the person in a dialog). */
export type Choice = { identity: IdentityName; password: string; cancel: boolean; legacy: boolean };

const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
const WRONG_PASSWORD = "Keystore password is incorrect (неверный пароль)";
const moduleNotFound = { success: false, errorCode: "MODULE_NOT_FOUND" };

type Request = { module?: string; method?: string; args?: unknown };

// Signs with the chosen identity's authentication or signing key (throws WrongPasswordError).
function signWith(dir: string, m: Manifest, c: Choice, keyType: "auth" | "sign", xml: string): string {
  const file = path.join(dir, m.identities[c.identity][keyType]);
  return signXmlEnveloped(xml, readPkcs12(fs.readFileSync(file), c.password));
}

function basicsSign(dir: string, m: Manifest, c: Choice, args: Record<string, unknown>) {
  if (c.legacy) return moduleNotFound;
  if (args.format !== "xml")
    return { status: false, code: "INVALID_SIGNING_PARAMS", message: "the stand-in signs XML only" };
  if (c.cancel) return { status: true, body: {} };
  const ekus = (args.signerParams as { extKeyUsageOids?: string[] } | undefined)?.extKeyUsageOids ?? [];
  const keyType = ekus.includes(CLIENT_AUTH) ? "auth" : "sign";
  const data = args.data;
  const items = Array.isArray(data) ? data.map(String) : [String(data ?? "")];
  try {
    const signed = items.map((xml) => signWith(dir, m, c, keyType, xml));
    return { status: true, body: { result: Array.isArray(data) ? signed : signed[0] } };
  } catch (e) {
    if (e instanceof WrongPasswordError)
      return { status: false, code: "SIGNING_FAILURE", message: WRONG_PASSWORD };
    return {
      status: false,
      code: "SIGNING_FAILURE",
      message: e instanceof Error ? e.message : "signing failed",
    };
  }
}

function commonUtilsSignXml(dir: string, m: Manifest, c: Choice, args: unknown[]) {
  if (c.cancel) return { code: "500", message: "action.canceled" };
  const keyType = args[1] === "AUTHENTICATION" ? "auth" : "sign";
  try {
    return { code: "200", message: "", responseObject: signWith(dir, m, c, keyType, String(args[2] ?? "")) };
  } catch (e) {
    return {
      code: "500",
      message:
        e instanceof WrongPasswordError ? WRONG_PASSWORD : e instanceof Error ? e.message : "signing failed",
    };
  }
}

// The answer to one protocol message, or null for messages that get none (heartbeats, junk).
export function answer(dir: string, m: Manifest, c: Choice, text: string): object | null {
  let req: Request;
  try {
    req = JSON.parse(text) as Request;
  } catch {
    return null;
  }
  if (!req || typeof req !== "object") return null;
  if (req.module === "kz.gov.pki.knca.basics" && req.method === "sign")
    return basicsSign(dir, m, c, (req.args ?? {}) as Record<string, unknown>);
  if (req.module === "kz.gov.pki.knca.commonUtils") {
    if (req.method === "signXml")
      return commonUtilsSignXml(dir, m, c, Array.isArray(req.args) ? req.args : []);
    if (req.method === "getActiveTokens") return { code: "200", message: "", responseObject: [] };
  }
  return moduleNotFound;
}
