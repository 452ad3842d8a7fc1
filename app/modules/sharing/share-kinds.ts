// What can be shared with a family; shared by the server and the share form.
export const shareKinds = ["LINK", "ARTICLE", "SERVICE"] as const;
export type ShareKind = (typeof shareKinds)[number];
