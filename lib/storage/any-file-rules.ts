import type { MessageKey } from "@/lib/action/message-key";
import { safeFileName, sniffDocumentType } from "./upload-rules";
// What a file of any format may be (pure) — an organisation's documents (SPEC §3.1 "files of any format"):
// not empty, at most 20 MB. Its type is never taken from the browser: PDF, JPEG and PNG are recognised by
// their first bytes, a few office and archive formats by the name's extension, anything else is stored as
// application/octet-stream (and served only as an attachment with a sandbox policy, never inline).

/** Largest file of any format. */
export const MAX_ANY_UPLOAD_BYTES = 20 * 1024 * 1024;

const BY_EXTENSION: Record<string, string> = {
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  rtf: "application/rtf",
  txt: "text/plain",
  csv: "text/csv",
  zip: "application/zip",
  rar: "application/vnd.rar",
  "7z": "application/x-7z-compressed",
  mp4: "video/mp4",
  mp3: "audio/mpeg",
};

/** The stored type and extension of a file of any format. */
export type AnyFileType = { mimeType: string; extension: string };

// The type a file is stored and served with: by its signature for PDF/JPEG/PNG, else by a known extension,
// else application/octet-stream (a name ending in .pdf whose bytes are not a PDF is not a PDF).
export function anyFileType(bytes: Uint8Array, fileName: string): AnyFileType {
  const sniffed = sniffDocumentType(bytes);
  if (sniffed) return sniffed;
  const ext = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (ext in BY_EXTENSION && !["pdf", "jpg", "jpeg", "png"].includes(ext))
    return { mimeType: BY_EXTENSION[ext]!, extension: ext };
  return { mimeType: "application/octet-stream", extension: "bin" };
}

// Why a file of any format is refused (a translation key), or null.
export function anyUploadProblem(bytes: Uint8Array): MessageKey | null {
  if (bytes.length === 0) return "validation.upload.empty";
  if (bytes.length > MAX_ANY_UPLOAD_BYTES) return "validation.profile.fileTooLarge";
  return null;
}

// The name kept for a file of any format (no folders, no control characters, at most 120 characters).
export function anyFileName(fileName: string, type: AnyFileType): string {
  return safeFileName(fileName, type.extension);
}
