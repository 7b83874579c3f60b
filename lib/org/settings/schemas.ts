import { z } from "zod";
import { idField } from "@/lib/action/common-schemas";

// The inputs of the organisation's settings forms (one schema per form, shared by the form and its
// action). Messages are translation keys; empty optional text becomes null.

/** Kazakhstan's IANA time zones an organisation may choose (the whole country is UTC+5 since March 2024). */
export const KZ_TIME_ZONES = [
  "Asia/Almaty",
  "Asia/Qostanay",
  "Asia/Aqtobe",
  "Asia/Aqtau",
  "Asia/Atyrau",
  "Asia/Oral",
  "Asia/Qyzylorda",
] as const;

/** Access levels in order, widest first (forum reading, opening topics, uploading documents). */
export const ACCESS_LEVELS = ["EVERYONE", "REGISTERED", "MEMBERS", "ADMINISTRATORS"] as const;
export type AccessLevelValue = (typeof ACCESS_LEVELS)[number];
/** Who may open forum topics: somebody signed in at least (an anonymous topic has no author). */
export const TOPIC_LEVELS = ["REGISTERED", "MEMBERS", "ADMINISTRATORS"] as const;
/** Who may upload documents (seed 002: any employee, or administrators only). */
export const UPLOAD_LEVELS = ["MEMBERS", "ADMINISTRATORS"] as const;

/** The largest logo file accepted (seed 002: at most 4 MB). */
export const MAX_LOGO_BYTES = 4 * 1024 * 1024;

const orgField = { organizationId: idField };

const required = (max: number) =>
  z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((v) => (v ? v : null));
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "1" || v === "true");

// Phone and fax lines: digits with the usual separators, several numbers separated by commas.
const PHONES = /^[0-9+()\-\s,;.]+$/;
const phones = (key: "validation.orgAdmin.phones" | "validation.orgAdmin.fax") =>
  optional(200).refine((v) => !v || (PHONES.test(v) && v.replace(/\D/g, "").length >= 5), key);

// A website: http(s) with a host that has a dot; "edu.kz" is read as https://edu.kz.
export function normaliseWebsite(v: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    if (!/^[^.\s]+(\.[^.\s]+)+$/.test(url.hostname) || url.username || url.password) return null;
    return url.toString().replace(/\/$/, "");
  } catch {
    return null;
  }
}

export const namesSchema = z.object({
  ...orgField,
  shortNameKk: required(200),
  shortNameRu: required(200),
  fullNameKk: required(500),
  fullNameRu: required(500),
});
export type NamesInput = z.output<typeof namesSchema>;

export const contactsSchema = z.object({
  ...orgField,
  legalAddress: optional(300),
  actualAddress: optional(300),
  phones: phones("validation.orgAdmin.phones"),
  fax: phones("validation.orgAdmin.fax"),
  email: optional(200).refine((v) => !v || z.email().safeParse(v).success, "validation.orgAdmin.email"),
  website: optional(300)
    .refine((v) => !v || normaliseWebsite(v) !== null, "validation.orgAdmin.website")
    .transform((v) => (v ? normaliseWebsite(v) : null)),
});
export type ContactsInput = z.output<typeof contactsSchema>;

const rank = (level: AccessLevelValue) => ACCESS_LEVELS.indexOf(level);

export const featuresSchema = z
  .object({
    ...orgField,
    featureSite: checkbox,
    featureForum: checkbox,
    forumReadAccess: z.enum(ACCESS_LEVELS, { message: "validation.chooseFromList" }),
    forumTopicCreation: z.enum(TOPIC_LEVELS, { message: "validation.chooseFromList" }),
    featureDocuments: checkbox,
    documentsUpload: z.enum(UPLOAD_LEVELS, { message: "validation.chooseFromList" }),
    featureStructure: checkbox,
    featurePages: checkbox,
    featureFeedback: checkbox,
  })
  // Whoever may open a topic must be able to read the forum.
  .refine((f) => rank(f.forumTopicCreation) >= rank(f.forumReadAccess), {
    path: ["forumTopicCreation"],
    message: "validation.orgAdmin.topicsWiderThanReading",
  });
export type FeaturesInput = z.output<typeof featuresSchema>;

export const localisationSchema = z.object({
  ...orgField,
  city: optional(100),
  timeZone: z.enum(KZ_TIME_ZONES, { message: "validation.orgAdmin.timeZone" }),
  /** An authority also writes the zone to its current subordinate organisations (never inherited silently). */
  applyToSubordinates: checkbox,
});
export type LocalisationInput = z.output<typeof localisationSchema>;

// The logo file: present and at most 4 MB, refused by its size before its bytes are read.
export const logoSchema = z.object({
  ...orgField,
  logo: z
    .instanceof(File, { message: "validation.orgAdmin.logoRequired" })
    .refine((f) => f.size > 0, "validation.orgAdmin.logoRequired")
    .refine((f) => f.size <= MAX_LOGO_BYTES, "validation.orgAdmin.logoTooLarge")
    .transform(async (f) => new Uint8Array(await f.arrayBuffer())),
});

export const orgOnlySchema = z.object(orgField);
