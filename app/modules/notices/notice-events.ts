// What a notice can be about. Shared by the server and the pages: each event belongs to one
// area (what a person chooses emails for) and one kind of thing (whose rule decides who sees it).

/** The areas a person chooses emails for, on the notices settings page. */
export const noticeAreas = ["meetings", "plan", "rules", "commitments", "advice", "questions"] as const;
export type NoticeArea = (typeof noticeAreas)[number];

/** What a person wants for an area: an email within the hour, at most one a day, or only in the app. */
export const noticeModes = ["NOW", "DAILY", "APP"] as const;
export type NoticeMode = (typeof noticeModes)[number];

/** The thing a notice points at; its own page's rule decides who may see it. */
export type NoticeSubject =
  | "meeting"
  | "planVersion"
  | "correction"
  | "commitment"
  | "resource"
  | "report"
  | "sectionMark"
  | "question";

export const noticeEvents = {
  "meeting.booked": { area: "meetings", subject: "meeting" },
  "meeting.moved": { area: "meetings", subject: "meeting" },
  "meeting.cancelled": { area: "meetings", subject: "meeting" },
  "meeting.decided": { area: "meetings", subject: "meeting" },
  "mark.answered": { area: "meetings", subject: "sectionMark" },
  "plan.published": { area: "plan", subject: "planVersion" },
  "correction.answered": { area: "plan", subject: "correction" },
  "commitment.offered": { area: "commitments", subject: "commitment" },
  "resource.shared": { area: "advice", subject: "resource" },
  "rule.reported": { area: "rules", subject: "report" },
  "question.asked": { area: "questions", subject: "question" },
  "question.replied": { area: "questions", subject: "question" },
} as const satisfies Record<string, { area: NoticeArea; subject: NoticeSubject }>;

export type NoticeEvent = keyof typeof noticeEvents;

export function isNoticeEvent(value: string): value is NoticeEvent {
  return Object.hasOwn(noticeEvents, value);
}

/** The stored kind column: the area in capitals (MEETINGS, PLAN, ...). */
export const kindOf = (event: NoticeEvent) => noticeEvents[event].area.toUpperCase();

export function areaOfKind(kind: string): NoticeArea | null {
  const area = kind.toLowerCase();
  return (noticeAreas as readonly string[]).includes(area) ? (area as NoticeArea) : null;
}
