// What a logo may be (pure): a JPEG or PNG image — recognised by its first bytes, never by its name or the
// browser's declared type — of at most 4 MB (schemas.ts, checked before the bytes are read) and at most
// 40 megapixels once decoded (a small file must not unpack into a huge image). It is stored as a 150×150 PNG.

export const LOGO_SIZE = 150;
export const MAX_LOGO_PIXELS = 40_000_000;

export type LogoType = "png" | "jpeg";

const starts = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

// The image type read from the file's signature, or null for anything else.
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  return null;
}

// How a picture of w×h is placed on the 150×150 square: scaled down to fit whole (never up, never cropped),
// centred, the rest transparent.
export function logoPlacement(width: number, height: number) {
  const scale = Math.min(1, LOGO_SIZE / width, LOGO_SIZE / height);
  const w = Math.max(1, Math.min(LOGO_SIZE, Math.round(width * scale)));
  const h = Math.max(1, Math.min(LOGO_SIZE, Math.round(height * scale)));
  const left = Math.floor((LOGO_SIZE - w) / 2);
  const top = Math.floor((LOGO_SIZE - h) / 2);
  return { width: w, height: h, left, top, right: LOGO_SIZE - w - left, bottom: LOGO_SIZE - h - top };
}
