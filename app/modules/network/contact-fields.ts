// Shared by the server and the contact form: which details a member can share, and with whom.
export const contactFields = ["phone", "email", "address"] as const;
export type ContactField = (typeof contactFields)[number];
export const contactAudiences = ["NOBODY", "FAMILY", "PRACTITIONER"] as const;
export type ContactAudience = (typeof contactAudiences)[number];
