// A second verifier of a stored XML-DSig signature that shares no code with the portal's: Python's
// standard-library canonicalizer and the openssl command line. Used by the tests (and the e2e test)
// to show that what the portal stores is a signature anyone can check. Needs python3 (≥ 3.8) and openssl.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

// Splits the signed document into: canonical SignedInfo, canonical content without the signature,
// the signer's certificate (PEM), the signature value (binary) and the declared digest.
const SPLIT = String.raw`
import sys, re, base64, os, xml.etree.ElementTree as ET
DS = "http://www.w3.org/2000/09/xmldsig#"
out = sys.argv[2]
data = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"<((?:[\w.-]+:)?)SignedInfo\b[^>]*>.*?</\1SignedInfo>", data, re.S)
p = m.group(1)
si = m.group(0)
decl = ' xmlns:%s="%s"' % (p[:-1], DS) if p else ' xmlns="%s"' % DS
if decl.strip() not in si.split(">", 1)[0]:
    si = si.replace("<%sSignedInfo" % p, "<%sSignedInfo%s" % (p, decl), 1)
open(os.path.join(out, "signedinfo.c14n"), "w", encoding="utf-8", newline="").write(ET.canonicalize(si))
doc = re.sub(r"<%sSignature\b.*?</%sSignature>" % (p, p), "", data, flags=re.S)
open(os.path.join(out, "content.c14n"), "w", encoding="utf-8", newline="").write(ET.canonicalize(doc, with_comments=False))
cert = "".join(re.search(r"<%sX509Certificate>(.*?)</%sX509Certificate>" % (p, p), data, re.S).group(1).split())
open(os.path.join(out, "signer.pem"), "w").write("-----BEGIN CERTIFICATE-----\n" + "\n".join(cert[i:i+64] for i in range(0, len(cert), 64)) + "\n-----END CERTIFICATE-----\n")
sig = "".join(re.search(r"<%sSignatureValue[^>]*>(.*?)</%sSignatureValue>" % (p, p), data, re.S).group(1).split())
open(os.path.join(out, "signature.bin"), "wb").write(base64.b64decode(sig))
print("".join(re.search(r"<%sDigestValue>(.*?)</%sDigestValue>" % (p, p), data, re.S).group(1).split()))
`;

// What the independent check found, step by step.
export type IndependentResult = {
  digestOk: boolean;
  signatureOk: boolean;
  chainOk: boolean;
  subject: string;
};

const run = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { input, stdio: ["pipe", "pipe", "pipe"] })
    .toString("utf8")
    .trim();
const passes = (cmd: string, args: string[]) => {
  try {
    run(cmd, args);
    return true;
  } catch {
    return false;
  }
};

// Checks digest, RSA-SHA256 signature value and certificate chain of an enveloped signature (only for rsa-sha256/sha256).
export function independentlyVerify(
  signedXml: string,
  trust: { rootPem: string; intermediatePems?: string[] },
): IndependentResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eds-independent-"));
  try {
    const f = (n: string) => path.join(dir, n);
    fs.writeFileSync(f("signed.xml"), signedXml, "utf8");
    fs.writeFileSync(f("split.py"), SPLIT);
    const declaredDigest = run("python3", [f("split.py"), f("signed.xml"), dir]);
    const digest = execFileSync("openssl", ["dgst", "-sha256", "-binary", f("content.c14n")]).toString(
      "base64",
    );
    fs.writeFileSync(f("signer.pub"), run("openssl", ["x509", "-in", f("signer.pem"), "-pubkey", "-noout"]));
    const signatureOk = passes("openssl", [
      "dgst",
      "-sha256",
      "-verify",
      f("signer.pub"),
      "-signature",
      f("signature.bin"),
      f("signedinfo.c14n"),
    ]);
    fs.writeFileSync(f("root.pem"), trust.rootPem);
    fs.writeFileSync(f("intermediates.pem"), (trust.intermediatePems ?? []).join("\n"));
    const chainArgs = [
      "verify",
      "-CAfile",
      f("root.pem"),
      ...(trust.intermediatePems?.length ? ["-untrusted", f("intermediates.pem")] : []),
      f("signer.pem"),
    ];
    const chainOk = passes("openssl", chainArgs);
    const subject = run("openssl", [
      "x509",
      "-in",
      f("signer.pem"),
      "-noout",
      "-subject",
      "-nameopt",
      "utf8,sep_comma_plus",
    ]);
    return { digestOk: digest === declaredDigest, signatureOk, chainOk, subject };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
