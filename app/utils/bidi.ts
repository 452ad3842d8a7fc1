// Text direction for people's own words. Shared by server and browser (no zod here).

/**
 * Unicode bidi embedding, override and isolate controls (U+202A–202E, U+2066–2069). In a
 * person's words they can make text read differently to others, so they are removed at
 * validation. The marks U+200E/U+200F stay: they only set the direction of neutral
 * characters next to them, and people who write Arabic or Urdu use them for good reason.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
