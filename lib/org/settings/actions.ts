"use server";
import { formAction, type Revalidation } from "@/lib/action/define-action";
import { administeredOrg } from "./org";
import {
  contactsSchema,
  featuresSchema,
  localisationSchema,
  logoSchema,
  namesSchema,
  orgOnlySchema,
} from "./schemas";
import { saveNames } from "./names";
import { saveContacts } from "./contacts";
import { saveFeatures } from "./features";
import { saveLocalisation } from "./localisation";
import { removeLogo, uploadLogo } from "./logo";

// Every settings change shows on the profile and its administration (the layouts under /org/[slug]).
const revalidate: Revalidation[] = [["/[locale]/org/[slug]", "layout"]];
const resource = (input: { organizationId: string }) => administeredOrg(input.organizationId);

// Saves the organisation's short and full names in Kazakh and Russian.
export const saveOrgNamesAction = formAction({
  name: "org.save_names",
  permission: "org.administer",
  schema: namesSchema,
  resource,
  run: async ({ actor, input }) => {
    await saveNames(actor, input);
    return { message: "orgAdmin.settings.saved" };
  },
  revalidate,
});

// Uploads a new logo (JPEG or PNG by content, at most 4 MB; stored at 150×150).
export const uploadOrgLogoAction = formAction({
  name: "org.upload_logo",
  permission: "org.administer",
  schema: logoSchema,
  input: (formData) => ({ organizationId: formData.get("organizationId"), logo: formData.get("logo") }),
  resource,
  run: async ({ actor, input, now }) => {
    await uploadLogo(actor, input.organizationId, input.logo, now);
    return { message: "orgAdmin.settings.logoSaved" };
  },
  revalidate,
});

// Removes the organisation's logo.
export const removeOrgLogoAction = formAction({
  name: "org.remove_logo",
  permission: "org.administer",
  schema: orgOnlySchema,
  invalidAs: "errors.invalid_input",
  resource,
  run: async ({ actor, input }) => {
    const removed = await removeLogo(actor, input.organizationId);
    return { message: removed ? "orgAdmin.settings.logoRemoved" : "orgAdmin.settings.logoNone" };
  },
  revalidate,
});

// Saves the organisation's contacts (addresses, phones, fax, e-mail, website).
export const saveOrgContactsAction = formAction({
  name: "org.save_contacts",
  permission: "org.administer",
  schema: contactsSchema,
  resource,
  run: async ({ actor, input }) => {
    await saveContacts(actor, input);
    return { message: "orgAdmin.settings.saved" };
  },
  revalidate,
});

// Switches the profile's features on and off (never deleting their data) with their access options.
export const saveOrgFeaturesAction = formAction({
  name: "org.save_features",
  permission: "org.administer",
  schema: featuresSchema,
  resource,
  run: async ({ actor, input }) => {
    await saveFeatures(actor, input);
    return { message: "orgAdmin.settings.saved" };
  },
  revalidate,
});

// Saves the settlement and the time zone (an authority may also write it to its subordinates).
export const saveOrgLocalisationAction = formAction({
  name: "org.save_localisation",
  permission: "org.administer",
  schema: localisationSchema,
  resource,
  run: async ({ actor, input }) => {
    const { subordinatesChanged } = await saveLocalisation(actor, input);
    return subordinatesChanged
      ? { message: "orgAdmin.settings.savedWithSubordinates", messageValues: { count: subordinatesChanged } }
      : { message: "orgAdmin.settings.saved" };
  },
  revalidate,
});
