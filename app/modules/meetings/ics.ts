// iCalendar (RFC 5545) output: CRLF line ends, lines folded at 75 octets, text escaped, times
// in UTC (so no VTIMEZONE is needed and no calendar app can misread the clock change).

export type CalendarEvent = {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  /** Always neutral ("Family meeting"): calendars show on lock screens. */
  summary: string;
  /** Empty unless the person chose to see the place in their calendar. */
  location: string;
  description: string;
};

/** Drops control characters other than line breaks: RFC 5545 TEXT values may not hold them. */
export function withoutControlCharacters(text: string): string {
  return [...text]
    .filter((char) => {
      const code = char.codePointAt(0)!;
      return code === 10 || code === 13 || (code >= 32 && code !== 127);
    })
    .join("");
}

/** TEXT values: backslash, semicolon and comma are escaped; any line break becomes \n. */
export function escapeText(text: string): string {
  return withoutControlCharacters(text)
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Splits a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with one space, which counts towards their 75 octets.
    if (octets + size > 75) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines;
}

export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/**
 * A calendar with no name of its own (no X-WR-CALNAME) and a PRODID that names no service:
 * calendar apps show both, and the file may be seen on a shared device.
 */
export function buildCalendar({ events, now = new Date() }: { events: CalendarEvent[]; now?: Date }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Family meetings//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART:${utcStamp(event.startsAt)}`,
      `DTEND:${utcStamp(event.endsAt)}`,
      `SEQUENCE:${event.sequence}`,
      `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.flatMap(foldLine).join("\r\n") + "\r\n";
}
