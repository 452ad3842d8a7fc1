// UK phone numbers: which ones can be dialled, and the tel: link for them. Shared by the
// directory schema, the guide's Markdown and every page that shows a number, in the server and
// the browser alike (no server-only imports here).

/**
 * A UK phone number (+44 allowed), or a short number people dial
 * (999, 111, 116 123 …). Spaces, dashes and brackets are fine; letters are not.
 */
export function ukDialDigits(number: string): string | null {
  const compact = number.replace(/[\s\-()]/g, "");
  if (!/^\+?\d+$/.test(compact)) return null;
  const national = compact.startsWith("+44") ? `0${compact.slice(3)}` : compact;
  // Ofcom's plan: 11 digits, except some 01 area codes and 0800 numbers with 10, and Childline's 0800 1111.
  if (
    /^0[235789]\d{9}$/.test(national) ||
    /^01\d{8,9}$/.test(national) ||
    /^0800\d{6}$/.test(national) ||
    national === "08001111"
  )
    return national;
  if (/^(999|112|111|101|105|119|116\d{3})$/.test(national)) return national;
  return null;
}

/** Text relay (Relay UK): 18001 before the number, or 18000 for emergencies. */
export function textRelayDigits(number: string): string | null {
  const compact = number.replace(/[\s\-()]/g, "");
  const match = /^(1800[01])(.+)$/.exec(compact);
  if (!match) return null;
  const rest = ukDialDigits(match[2]);
  return rest ? `${match[1]}${rest}` : null;
}

/** The number to dial from a tel: link (digits, no spaces), or null when it cannot be dialled. */
export function telHref(phone: { number: string; type?: "voice" | "text_relay" }): string | null {
  const digits = phone.type === "text_relay" ? textRelayDigits(phone.number) : ukDialDigits(phone.number);
  return digits ? `tel:${digits}` : null;
}

// Numbers as people write them in running text: a full number starting 0 or +44 (spaces
// allowed between groups), or one of the short numbers. Each candidate is checked by
// ukDialDigits, so "2026" or "press 55" never become links.
const IN_TEXT = /(?<![\d+])(?:(?:\+44 ?|0)\d{2,4}(?: ?\d{3,6}){1,2}|999|111|116 ?\d{3})(?!\d)/g;

/** The dialable numbers in a piece of text, with where each one starts and ends. */
export function phoneNumbersIn(text: string): { start: number; end: number; number: string; href: string }[] {
  const found: { start: number; end: number; number: string; href: string }[] = [];
  for (const match of text.matchAll(IN_TEXT)) {
    const number = match[0];
    const href = telHref({ number });
    if (href && match.index !== undefined)
      found.push({ start: match.index, end: match.index + number.length, number, href });
  }
  return found;
}
