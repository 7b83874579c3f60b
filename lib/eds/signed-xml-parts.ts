// Reads a signed XML document defensively and returns the parts of its one enveloped XML-DSig
// signature. Anything unexpected (a DOCTYPE, several signatures, a signature not covering the whole
// document) is refused here, before any cryptography runs.
// The parser is the very @xmldom/xmldom that xml-crypto uses (package.json pins one version for the
// whole tree with "overrides"): what is checked here is the document xml-crypto verifies, not another
// parser's idea of it. The content compared with what was issued is not read from this parse at all,
// but from what xml-crypto verified (verify-xml.ts).
import { DOMParser } from "@xmldom/xmldom";
import { AppError } from "@/lib/errors/app-error";

// The XML-DSig namespace.
export const DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";
// The largest signed document accepted.
export const MAX_SIGNED_XML_BYTES = 512 * 1024;

// The parsed document and what its one signature declares.
export type SignatureParts = {
  doc: Document;
  signature: Element;
  signatureMethod: string;
  canonicalization: string;
  reference: { uri: string; transforms: string[]; digestMethod: string };
  /** DER of every X509Certificate in KeyInfo, in document order (the signer's first). */
  certificates: Buffer[];
};

const malformed = () => new AppError("eds_malformed");

// Parses XML without DTDs or entities; throws eds_malformed on anything the parser complains about
// (a warning too: the parser would otherwise repair the document its own way), and on text outside
// the root element.
export function parseXml(xml: string): Document {
  if (typeof xml !== "string" || !xml.trim() || Buffer.byteLength(xml, "utf8") > MAX_SIGNED_XML_BYTES)
    throw malformed();
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw malformed();
  const problems: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      errorHandler: (level: string, message: string) => problems.push(`${level}: ${message}`),
    }).parseFromString(xml, "text/xml");
  } catch {
    throw malformed();
  }
  if (problems.length || !doc.documentElement) throw malformed();
  for (let n = doc.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? "").trim()) throw malformed();
  }
  return doc;
}

function children(el: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === localName && (n as Element).namespaceURI === DSIG_NS)
      out.push(n as Element);
  }
  return out;
}

function one(el: Element | undefined, localName: string): Element {
  const found = el ? children(el, localName) : [];
  if (found.length !== 1) throw malformed();
  return found[0]!;
}

const algorithm = (el: Element) => el.getAttribute("Algorithm") ?? "";

// The single enveloped signature of the document and what it declares.
export function readSignedXml(xml: string): SignatureParts {
  const doc = parseXml(xml);
  const all = doc.getElementsByTagNameNS(DSIG_NS, "Signature");
  if (all.length !== 1) throw malformed();
  const signature = all.item(0)!;
  if (signature.parentNode !== doc.documentElement) throw malformed();
  const signedInfo = one(signature, "SignedInfo");
  const refs = children(signedInfo, "Reference");
  if (refs.length !== 1) throw malformed();
  const ref = refs[0]!;
  // The reference must be the whole document (URI=""), so nothing outside it can be swapped in.
  if (!ref.hasAttribute("URI") || ref.getAttribute("URI") !== "") throw malformed();
  const transformsEl = children(ref, "Transforms")[0];
  const transforms = transformsEl ? children(transformsEl, "Transform").map(algorithm) : [];
  if (!transforms.includes("http://www.w3.org/2000/09/xmldsig#enveloped-signature")) throw malformed();
  const keyInfo = children(signature, "KeyInfo")[0];
  const certificates: Buffer[] = [];
  for (const data of keyInfo ? children(keyInfo, "X509Data") : []) {
    for (const c of children(data, "X509Certificate"))
      certificates.push(Buffer.from((c.textContent ?? "").replace(/\s+/g, ""), "base64"));
  }
  if (!certificates.length || certificates.some((c) => c.length < 100)) throw malformed();
  return {
    doc,
    signature,
    signatureMethod: algorithm(one(signedInfo, "SignatureMethod")),
    canonicalization: algorithm(one(signedInfo, "CanonicalizationMethod")),
    reference: { uri: "", transforms, digestMethod: algorithm(one(ref, "DigestMethod")) },
    certificates,
  };
}
