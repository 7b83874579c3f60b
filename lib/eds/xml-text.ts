// Small, dependency-free XML writing helpers for the documents the portal asks people to sign.

// Escapes text for element content and attribute values.
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#xD;");
}

// One element with text content (no attributes, no whitespace): <name>text</name>.
export function el(name: string, text: string | number): string {
  return `<${name}>${escapeXml(String(text))}</${name}>`;
}

// The XML declaration every signed document starts with (NCALayer expects one).
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
