// Text with its glossary terms already found, as the server sends it to reading pages:
// plain runs as strings, terms as links. The browser renders pieces and matches nothing.
export type LinkedPiece = string | { text: string; slug: string; plain: string };

/** Linked texts by their source text; a text with no terms is left out and shown as it is. */
export type GlossaryLinks = Record<string, LinkedPiece[]>;
