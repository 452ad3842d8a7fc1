import { z } from "zod";

import { stripBidiControls } from "~/utils/bidi";

/**
 * The one schema for free text a person types (names, views, notes, corrections). Bidi
 * controls are removed before trimming and the length checks, so what is stored and shown
 * reads the same for everyone. Messages are translation keys in the "errors" namespace.
 */
export function userText({
  max,
  tooLong,
  required,
  message = required,
}: {
  max: number;
  tooLong: string;
  required?: string;
  message?: string;
}) {
  const text = z.string(message).overwrite(stripBidiControls).trim();
  return required ? text.min(1, required).max(max, tooLong) : text.max(max, tooLong);
}
