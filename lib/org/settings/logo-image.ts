import "server-only";
import sharp from "sharp";
import { Refusal } from "@/lib/action/refusal";
import { LOGO_SIZE, MAX_LOGO_PIXELS, logoPlacement, sniffLogoType } from "./logo-rules";

const TRANSPARENT = { r: 0, g: 0, b: 0, alpha: 0 };

// The uploaded image as the stored logo: a 150×150 PNG with the whole picture scaled down to fit (turned
// upright by its EXIF orientation; no metadata kept). Refuses, under the "logo" field, a file that is not a
// JPEG or PNG by its content, an image too large once decoded, and one that cannot be decoded.
export async function logoPng(bytes: Uint8Array): Promise<Buffer> {
  const type = sniffLogoType(bytes);
  if (!type) throw new Refusal("validation.orgAdmin.logoType", "logo");
  let upright: { data: Buffer; info: { width: number; height: number } };
  try {
    const meta = await sharp(bytes).metadata();
    if (meta.format !== type) throw new Refusal("validation.orgAdmin.logoType", "logo");
    if (!meta.width || !meta.height) throw new Refusal("validation.orgAdmin.logoUnreadable", "logo");
    if (meta.width * meta.height > MAX_LOGO_PIXELS)
      throw new Refusal("validation.orgAdmin.logoPixels", "logo");
    upright = await sharp(bytes, { limitInputPixels: MAX_LOGO_PIXELS, failOn: "error" })
      .rotate()
      .png()
      .toBuffer({ resolveWithObject: true });
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw new Refusal("validation.orgAdmin.logoUnreadable", "logo");
  }
  const place = logoPlacement(upright.info.width, upright.info.height);
  const out = await sharp(upright.data)
    .resize(place.width, place.height, { fit: "fill" })
    .ensureAlpha()
    .extend({
      top: place.top,
      bottom: place.bottom,
      left: place.left,
      right: place.right,
      background: TRANSPARENT,
    })
    .png({ compressionLevel: 9 })
    .toBuffer({ resolveWithObject: true });
  if (out.info.width !== LOGO_SIZE || out.info.height !== LOGO_SIZE)
    throw new Error(`logo came out ${out.info.width}×${out.info.height}`);
  return out.data;
}
