// NCALayer's WebSocket protocol (JSON messages): the requests the portal sends and how the answers
// are read. `kz.gov.pki.knca.basics` (named args, answer {status, body, code, message}) is tried first;
// older NCALayer versions without it answer MODULE_NOT_FOUND and get `kz.gov.pki.knca.commonUtils`
// `signXml` (positional args, answer {code: "200", responseObject}).

export type NcaKeyType = "AUTHENTICATION" | "SIGNATURE";
// Why signing did not happen.
export type NcaFailure = "unavailable" | "cancelled" | "wrong_password" | "failed";
// The signed XML, or why there is none.
export type NcaOutcome = { ok: true; signedXml: string } | { ok: false; reason: NcaFailure; detail?: string };
/** What one answer means: a final outcome, or "try the older module". */
export type NcaVerdict = NcaOutcome | { ok: false; reason: "legacy" };

// Extended key usages NCALayer uses to offer only the right key: client authentication or e-mail protection (signing).
export const KEY_TYPE_EKU: Record<NcaKeyType, string> = {
  AUTHENTICATION: "1.3.6.1.5.5.7.3.2",
  SIGNATURE: "1.3.6.1.5.5.7.3.4",
};

// The `basics.sign` request for one XML document.
export function basicsSignRequest(xml: string, keyType: NcaKeyType, locale: string, iin?: string) {
  return {
    module: "kz.gov.pki.knca.basics",
    method: "sign",
    args: {
      format: "xml",
      data: xml,
      signingParams: { decode: false, encapsulate: true, digested: false, tsaProfile: null },
      signerParams: {
        extKeyUsageOids: [KEY_TYPE_EKU[keyType]],
        iin: iin ?? "",
        bin: "",
        serialNumber: "",
        chain: [],
      },
      locale,
    },
  };
}

// The older `commonUtils.signXml` request (storage, key type, XML, signed-node XPath, signature-parent XPath).
export function commonUtilsSignXmlRequest(xml: string, keyType: NcaKeyType) {
  return { module: "kz.gov.pki.knca.commonUtils", method: "signXml", args: ["PKCS12", keyType, xml, "", ""] };
}

type Answer = Record<string, unknown> & { body?: { result?: unknown }; responseObject?: unknown };

const mentionsPassword = (a: Answer) =>
  /password|парол|құпия/i.test(`${a.message ?? ""} ${JSON.stringify(a.details ?? "")}`);
const isCancel = (a: Answer) => /cancel/i.test(String(a.message ?? "")) || a.code === "USER_CANCELED";

// True for messages that answer a request (the greeting {result:{version}} and heartbeats are not answers).
export function isAnswer(m: unknown): m is Answer {
  return !!m && typeof m === "object" && ("status" in m || "code" in m || "errorCode" in m || "success" in m);
}

// Reads an answer to `basics.sign`.
export function readBasicsAnswer(a: Answer): NcaVerdict {
  if (a.errorCode === "MODULE_NOT_FOUND" || a.success === false) return { ok: false, reason: "legacy" };
  if (a.status === true) {
    const r = a.body?.result;
    const xml = Array.isArray(r) ? r[0] : r;
    // NCALayer answers status:true with an empty body when the person closed its dialog.
    return typeof xml === "string" && xml ? { ok: true, signedXml: xml } : { ok: false, reason: "cancelled" };
  }
  if (isCancel(a)) return { ok: false, reason: "cancelled" };
  return {
    ok: false,
    reason: mentionsPassword(a) ? "wrong_password" : "failed",
    detail: String(a.message ?? a.code ?? ""),
  };
}

// Reads an answer to `commonUtils.signXml`.
export function readCommonUtilsAnswer(a: Answer): NcaOutcome {
  if (String(a.code) === "200" && typeof a.responseObject === "string" && a.responseObject)
    return { ok: true, signedXml: a.responseObject };
  if (a.message === "action.canceled" || isCancel(a)) return { ok: false, reason: "cancelled" };
  return {
    ok: false,
    reason: mentionsPassword(a) ? "wrong_password" : "failed",
    detail: String(a.message ?? a.code ?? ""),
  };
}
