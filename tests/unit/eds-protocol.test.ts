import { describe, expect, it } from "vitest";
import {
  basicsSignRequest,
  commonUtilsSignXmlRequest,
  isAnswer,
  readBasicsAnswer,
  readCommonUtilsAnswer,
} from "@/components/eds/ncalayer-protocol";

const IIN = "920714441235";

describe("NCALayer protocol messages", () => {
  it("asks basics.sign for XML with the key type's extended key usage, and commonUtils.signXml positionally", () => {
    const auth = basicsSignRequest("<a/>", "AUTHENTICATION", "kk");
    expect(auth).toMatchObject({
      module: "kz.gov.pki.knca.basics",
      method: "sign",
      args: {
        format: "xml",
        data: "<a/>",
        locale: "kk",
        signerParams: { extKeyUsageOids: ["1.3.6.1.5.5.7.3.2"] },
      },
    });
    expect(basicsSignRequest("<a/>", "SIGNATURE", "ru", IIN).args.signerParams).toMatchObject({
      extKeyUsageOids: ["1.3.6.1.5.5.7.3.4"],
      iin: IIN,
    });
    expect(commonUtilsSignXmlRequest("<a/>", "SIGNATURE")).toEqual({
      module: "kz.gov.pki.knca.commonUtils",
      method: "signXml",
      args: ["PKCS12", "SIGNATURE", "<a/>", "", ""],
    });
  });

  it("reads success, cancel, wrong password, other failures and 'no basics module'", () => {
    expect(readBasicsAnswer({ status: true, body: { result: ["<x/>"] } })).toEqual({
      ok: true,
      signedXml: "<x/>",
    });
    expect(readBasicsAnswer({ status: true, body: { result: "<x/>" } })).toEqual({
      ok: true,
      signedXml: "<x/>",
    });
    expect(readBasicsAnswer({ status: true, body: {} })).toEqual({ ok: false, reason: "cancelled" });
    expect(
      readBasicsAnswer({ status: false, code: "SIGNING_FAILURE", message: "Неверный пароль" }),
    ).toMatchObject({ reason: "wrong_password" });
    expect(readBasicsAnswer({ status: false, code: "GENERAL_ERROR", message: "boom" })).toMatchObject({
      reason: "failed",
      detail: "boom",
    });
    expect(readBasicsAnswer({ success: false, errorCode: "MODULE_NOT_FOUND" })).toEqual({
      ok: false,
      reason: "legacy",
    });
    expect(readCommonUtilsAnswer({ code: "200", message: "", responseObject: "<x/>" })).toEqual({
      ok: true,
      signedXml: "<x/>",
    });
    expect(readCommonUtilsAnswer({ code: "500", message: "action.canceled" })).toEqual({
      ok: false,
      reason: "cancelled",
    });
    expect(readCommonUtilsAnswer({ code: "500", message: "keystore password incorrect" })).toMatchObject({
      reason: "wrong_password",
    });
  });
});

describe("which NCALayer messages are answers", () => {
  it("skips the greeting and non-answers, takes basics, commonUtils and module-not-found answers", () => {
    expect(isAnswer({ result: { version: "1.4" } })).toBe(false);
    expect(isAnswer(null)).toBe(false);
    expect(isAnswer({ status: true, body: {} })).toBe(true);
    expect(isAnswer({ code: "200", responseObject: "x" })).toBe(true);
    expect(isAnswer({ success: false, errorCode: "MODULE_NOT_FOUND" })).toBe(true);
  });
});
