import type { MessageKey } from "@/lib/action/message-key";
// What an uploaded supporting document may be (pure): PDF, JPEG or PNG up to 5 MB, recognised by
// its first bytes (the browser's declared type and the file name are not trusted).

/** Largest accepted upload. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export type DocumentType = {
  mimeType: "application/pdf" | "image/jpeg" | "image/png";
  extension: "pdf" | "jpg" | "png";
};

const starts = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

// The document type read from the file's signature, or null for anything else.
export function sniffDocumentType(bytes: Uint8Array): DocumentType | null {
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mimeType: "application/pdf", extension: "pdf" }; // %PDF-
  if (starts(bytes, [0xff, 0xd8, 0xff])) return { mimeType: "image/jpeg", extension: "jpg" };
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mimeType: "image/png", extension: "png" };
  return null;
}

// Why an upload is refused (a translation key), or null when it is acceptable.
export function uploadProblem(bytes: Uint8Array): MessageKey | null {
  if (bytes.length === 0) return "validation.upload.empty";
  if (bytes.length > MAX_UPLOAD_BYTES) return "validation.upload.tooLarge";
  if (!sniffDocumentType(bytes)) return "validation.upload.type";
  return null;
}

// A file name safe to keep and show: no folders, no control characters, at most 120 characters.
export function safeFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 120);
  return base || `document.${extension}`;
}
