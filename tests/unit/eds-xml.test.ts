import { describe, expect, it } from "vitest";
import { snapshotToXml } from "@/lib/eds/snapshot-xml";
import { challengeXml } from "@/lib/eds/challenge-xml";
import { contentDigest } from "@/lib/eds/canonical";
import { algorithmRefusal, ALG } from "@/lib/eds/algorithms";
import { nameFromCertificate, titleCase } from "@/lib/eds/person-name";
import { bindingFromCookieHeader } from "@/lib/eds/binding-cookie";
import { keyUsageAllows } from "@/lib/eds/verify-xml";
import { snapshotHash, type TimesheetSnapshot } from "@/lib/timesheet/snapshot";

const snapshot: TimesheetSnapshot = {
  childId: "child-1",
  organizationId: "kg-1",
  year: 2026,
  month: 10,
  days: [
    { date: "2026-10-02", status: "ABSENT", reason: "ILLNESS" },
    { date: "2026-10-01", status: "PRESENT", reason: null },
  ],
};

describe("snapshotToXml", () => {
  it("is the same text whatever order the days came in, and carries the snapshot's SHA-256", () => {
    const a = snapshotToXml(snapshot);
    const b = snapshotToXml({ ...snapshot, days: [...snapshot.days].reverse() });
    expect(a).toBe(b);
    expect(a).toContain(`<snapshotSha256>${snapshotHash(snapshot)}</snapshotSha256>`);
    expect(a.indexOf("2026-10-01")).toBeLessThan(a.indexOf("2026-10-02"));
    expect(a).toContain(
      '<day><date>2026-10-01</date><reason nil="true"></reason><status>PRESENT</status></day>',
    );
  });

  it("changes when any day changes, and escapes text", () => {
    const edited = snapshotToXml({
      ...snapshot,
      days: [{ ...snapshot.days[0]!, reason: "VACATION" }, snapshot.days[1]!],
    });
    expect(edited).not.toBe(snapshotToXml(snapshot));
    expect(contentDigest(edited)).not.toBe(contentDigest(snapshotToXml(snapshot)));
    expect(snapshotToXml({ ...snapshot, childId: "a<b&c" })).toContain("<childId>a&lt;b&amp;c</childId>");
  });
});

describe("challengeXml and contentDigest", () => {
  const at = new Date("2026-11-22T05:00:00Z");
  it("writes nonce, audience and times; the digest ignores the XML declaration and quoting style", () => {
    const xml = challengeXml({
      nonce: "N1",
      audience: "https://portal.kz",
      issuedAt: at,
      expiresAt: new Date(at.getTime() + 300_000),
    });
    expect(xml).toContain(
      "<nonce>N1</nonce><audience>https://portal.kz</audience><issuedAt>2026-11-22T05:00:00.000Z</issuedAt><expiresAt>2026-11-22T05:05:00.000Z</expiresAt>",
    );
    expect(contentDigest(xml)).toBe(
      contentDigest(
        xml.replace(
          '<?xml version="1.0" encoding="UTF-8"?>',
          "<?xml version='1.0' encoding='utf-8' standalone='no'?>",
        ),
      ),
    );
    expect(contentDigest(xml)).not.toBe(contentDigest(xml.replace("N1", "N2")));
    // A line break a signer puts between the root's children is no change; one inside a value is.
    expect(contentDigest(xml)).toBe(contentDigest(xml.replace("<nonce>", "\r\n<nonce>")));
    expect(contentDigest(xml)).not.toBe(contentDigest(xml.replace("<nonce>N1", "<nonce>\nN1")));
  });
});

describe("algorithmRefusal", () => {
  const ok = {
    signatureMethod: ALG.rsaSha256,
    digestMethods: [ALG.sha256],
    canonicalization: ALG.c14n,
    transforms: [ALG.enveloped, ALG.c14nWithComments],
  };
  it("accepts RSA-SHA256 (and SHA-512) with standard C14N", () => {
    expect(algorithmRefusal(ok)).toBeNull();
    expect(
      algorithmRefusal({
        ...ok,
        signatureMethod: ALG.rsaSha512,
        digestMethods: [ALG.sha512],
        canonicalization: ALG.excC14n,
      }),
    ).toBeNull();
  });
  it("refuses SHA-1, GOST (separately) and unusual transforms", () => {
    expect(algorithmRefusal({ ...ok, signatureMethod: ALG.rsaSha1 })).toBe("eds_weak_algorithm");
    expect(algorithmRefusal({ ...ok, digestMethods: [ALG.sha1] })).toBe("eds_weak_algorithm");
    expect(algorithmRefusal({ ...ok, digestMethods: [] })).toBe("eds_weak_algorithm");
    expect(
      algorithmRefusal({
        ...ok,
        signatureMethod: ALG.gost2015,
        digestMethods: ["urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:gostr34112015-512"],
      }),
    ).toBe("eds_gost_unsupported");
    expect(
      algorithmRefusal({ ...ok, transforms: [ALG.enveloped, "http://www.w3.org/TR/1999/REC-xslt-19991116"] }),
    ).toBe("eds_malformed");
  });
});

describe("keyUsageAllows", () => {
  const auth = {
    keyUsage: { digitalSignature: true, nonRepudiation: false, keyEncipherment: true },
    extKeyUsage: ["1.3.6.1.5.5.7.3.2", "1.2.398.3.3.4.1.1"],
  };
  const sign = {
    keyUsage: { digitalSignature: true, nonRepudiation: true, keyEncipherment: false },
    extKeyUsage: ["1.3.6.1.5.5.7.3.4"],
  };
  it("sign-in needs client authentication, documents need non-repudiation", () => {
    expect([keyUsageAllows(auth, "auth"), keyUsageAllows(auth, "sign")]).toEqual([true, false]);
    expect([keyUsageAllows(sign, "auth"), keyUsageAllows(sign, "sign")]).toEqual([false, true]);
  });
});

describe("names from the certificate", () => {
  it("turns NCA's upper-case subject into last, first and middle name (G is the patronymic)", () => {
    expect(
      nameFromCertificate({ commonName: "ЖҰМАБАЕВА ӘСЕМ", surname: "ЖҰМАБАЕВА", patronymic: "ЕРЛАНҚЫЗЫ" }),
    ).toEqual({ lastName: "Жұмабаева", firstName: "Әсем", middleName: "Ерланқызы" });
    expect(nameFromCertificate({ commonName: "IVANOV-PETROV IVAN", surname: "", patronymic: "" })).toEqual({
      lastName: "Ivanov-Petrov",
      firstName: "Ivan",
      middleName: null,
    });
    expect(titleCase("  ӘЛИ-ХАН  ")).toBe("Әли-Хан");
  });
});

describe("bindingFromCookieHeader", () => {
  it("finds the EDS binding among other cookies, and nothing otherwise", () => {
    expect(bindingFromCookieHeader("a=1; bq_eds=xyz%3D; next-auth.csrf-token=t")).toBe("xyz=");
    expect(bindingFromCookieHeader("a=1")).toBeNull();
    expect(bindingFromCookieHeader(undefined)).toBeNull();
    expect(bindingFromCookieHeader("bq_eds=%E0%A4%A")).toBeNull();
  });
});
