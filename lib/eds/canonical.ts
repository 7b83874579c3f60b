// The canonical form (C14N 1.0, comments dropped) of a document's content without its signature:
// what "the signed content is exactly what was issued" compares, and what a content digest hashes.
import { createHash } from "node:crypto";
import { C14nCanonicalization } from "xml-crypto";
import { DSIG_NS, parseXml } from "./signed-xml-parts";

// Canonical XML of the document element, leaving out its direct-child ds:Signature elements and the
// whitespace-only text between the root's children (a signer may add a line break before its signature;
// the documents signed here have element-only content at that level, so it carries no meaning).
export function canonicalContent(doc: Document): string {
  const root = doc.documentElement!.cloneNode(true) as Element;
  for (let n = root.firstChild; n;) {
    const next = n.nextSibling;
    const isSignature =
      n.nodeType === 1 && (n as Element).localName === "Signature" && (n as Element).namespaceURI === DSIG_NS;
    const isBlank = n.nodeType === 3 && !(n.nodeValue ?? "").trim();
    if (isSignature || isBlank) root.removeChild(n);
    n = next;
  }
  return new C14nCanonicalization().process(root as unknown as Node, {});
}

// SHA-256 (hex) of the canonical content of an XML document (signed or not).
export function contentDigest(xml: string): string {
  return createHash("sha256")
    .update(canonicalContent(parseXml(xml)), "utf8")
    .digest("hex");
}
