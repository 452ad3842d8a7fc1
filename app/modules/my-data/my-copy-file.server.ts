// The download of "My copy": a zip with one readable page (plain HTML, no scripts, printable)
// and the same data as JSON, in the person's language.
import { strToU8, zipSync } from "fflate";

import type { Language } from "~/i18n";
import { formatDateTime, formatDay, formatTime } from "~/utils/dates.server";
import { translatorFor } from "~/utils/i18next.server";

import type { FamilyCopy, MyCopy } from "./my-data.server";

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

type T = (key: string, options?: Record<string, unknown>) => string;

function section(title: string, body: string[], empty: string): string {
  return `<section><h3>${escapeHtml(title)}</h3>${body.length ? body.join("") : `<p>${escapeHtml(empty)}</p>`}</section>`;
}

const para = (text: string) => `<p>${escapeHtml(text)}</p>`;
const item = (heading: string, lines: string[]) =>
  `<div class="item"><p><strong>${escapeHtml(heading)}</strong></p>${lines.filter(Boolean).map(para).join("")}</div>`;

function familyHtml(family: FamilyCopy, t: T, language: Language): string {
  // A picked day ("YYYY-MM-DD") is read as written; a moment (ISO) in UK time.
  const day = (value: string | null) =>
    value ? formatDay(value.length > 10 ? new Date(value) : value, language) : "";
  const moment = (value: string | null) => (value ? formatDateTime(new Date(value), language) : "");
  const parts: string[] = [
    `<h2><bdi>${escapeHtml(family.name)}</bdi></h2>`,
    para(t("family.role", { role: t(`common:roles.${family.role}`), organisation: family.organisation })),
  ];
  if (family.plan) {
    const { plan } = family;
    const body = plan.version
      ? [
          para(t("plan.version", { number: plan.version, date: day(plan.publishedAt ?? null) })),
          ...plan.items.map((entry) => item(t(`plan:kind.${entry.kind}`), [entry.text])),
          ...plan.views.map((view) =>
            item(t("plan.view", { name: view.by, date: day(view.at) }), [
              t(`plan:stance.${view.stance}`),
              view.words,
            ]),
          ),
          ...plan.corrections.map((correction) =>
            item(t("plan.correction", { name: correction.by, date: day(correction.at) }), [
              correction.whatIsWrong,
              correction.shouldSay,
              correction.reason ?? "",
            ]),
          ),
          ...plan.pastVersions.flatMap((old) => [
            para(t("plan.pastVersion", { number: old.version, date: day(old.publishedAt) })),
            ...old.items.map((entry) => item(t(`plan:kind.${entry.kind}`), [entry.text])),
          ]),
        ]
      : [];
    parts.push(section(t("parts.plan"), body, t("nothing")));
  }
  if (family.rules) {
    const rules = family.rules.rules.map((rule) =>
      item(rule.text, [
        t(rule.retired ? "rules.retired" : "rules.proposedBy", { name: rule.proposedBy }),
        ...rule.comments.map((comment) =>
          t("said", { name: comment.by, date: day(comment.at), text: comment.text }),
        ),
      ]),
    );
    const reports = family.rules.reports.map((report) =>
      item(t(`rules:report.${report.kind}`), [
        t("rules.rule", { text: report.rule }),
        t("said", { name: report.by, date: day(report.at), text: report.whatHappened }),
        ...report.followUps.map((followUp) =>
          t("said", { name: followUp.by, date: day(followUp.at), text: followUp.text }),
        ),
      ]),
    );
    parts.push(section(t("parts.rules"), rules, t("nothing")));
    parts.push(section(t("parts.reports"), reports, t("nothing")));
  }
  if (family.commitments) {
    const body = family.commitments.map((commitment) =>
      item(t(`commitments:kind.${commitment.kind}`), [
        t("commitments.who", { name: commitment.who }),
        commitment.words,
        t(`commitments:status.${commitment.status}`),
        ...commitment.checkIns.map((checkIn) =>
          [
            t("commitments.checkIn", {
              name: checkIn.by,
              // An occurrence is a UK day and clock time as written ("YYYY-MM-DDTHH:mm").
              when: t("common:dates.dateTime", {
                date: formatDay(checkIn.occurrence.slice(0, 10), language),
                time: formatTime(checkIn.occurrence.slice(11), language),
              }),
              outcome: t(`outcome.${checkIn.outcome}`),
            }),
            checkIn.note ?? "",
          ]
            .filter(Boolean)
            .join(" "),
        ),
      ]),
    );
    parts.push(section(t("parts.commitments"), body, t("nothing")));
  }
  if (family.meetings) {
    const body = family.meetings.map((meeting) =>
      item(t(`meetings:kinds.${meeting.kind}`), [
        moment(meeting.startsAt),
        meeting.place,
        meeting.status === "CANCELLED" ? t("meetings.cancelled") : "",
        ...meeting.replies.map((reply) =>
          t("meetings.reply", { name: reply.by, answer: t(`meetings:detail.answers.${reply.answer}`) }),
        ),
        ...meeting.notes.map((note) => t("said", { name: note.by, date: day(note.at), text: note.words })),
        ...meeting.papers.map((paper) => t("meetings.paper", { title: paper.title, date: day(paper.dueOn) })),
      ]),
    );
    parts.push(section(t("parts.meetings"), body, t("nothing")));
  }
  if (family.network) {
    const body = family.network.map((member) =>
      item(member.you ? t("network.you", { name: member.name }) : member.name, [
        t(`common:roles.${member.role}`),
        member.relationship ?? "",
        member.contact.phone ? t("network.phone", { value: member.contact.phone }) : "",
        member.contact.email ? t("network.email", { value: member.contact.email }) : "",
        member.contact.address ? t("network.address", { value: member.contact.address }) : "",
      ]),
    );
    parts.push(section(t("parts.network"), body, t("nothing")));
  }
  if (family.contact) {
    const body = family.contact.map((arrangement) =>
      item(arrangement.who, [
        arrangement.when,
        arrangement.place,
        arrangement.supervised ? t("contact.supervised", { name: arrangement.supervisor }) : "",
        arrangement.ownSteps,
        arrangement.stopped ? t("contact.stopped") : "",
      ]),
    );
    parts.push(section(t("parts.contact"), body, t("nothing")));
  }
  if (family.diary) {
    const body = family.diary.map((entry) =>
      item(t("diary.entry", { name: entry.by, date: day(entry.day) }), [
        entry.text,
        ...entry.earlier.map((version) => t("diary.earlier", { date: day(version.day), text: version.text })),
      ]),
    );
    parts.push(section(t("parts.diary"), body, t("nothing")));
  }
  if (family.questions) {
    const body = family.questions.map((thread) =>
      item(
        t("questions.asked", { name: thread.asked, date: day(thread.at) }),
        thread.messages.map((message) =>
          t("said", { name: message.by, date: day(message.at), text: message.text }),
        ),
      ),
    );
    parts.push(section(t("parts.questions"), body, t("nothing")));
  }
  if (family.help) {
    const body = family.help.map((shared) =>
      item(shared.title, [shared.note, shared.href, t("help.by", { name: shared.by })]),
    );
    parts.push(section(t("parts.help"), body, t("nothing")));
  }
  if (family.activity) {
    const body = family.activity.map((event) =>
      item(moment(event.at), [
        `${event.by ?? t("family:activity.someone")}${event.role ? ` (${t(`common:roles.${event.role}`)})` : ""}`,
        t(`family:activity.action.${event.action.replace(/\./g, "_")}`),
      ]),
    );
    parts.push(section(t("parts.activity"), body, t("nothing")));
  }
  return `<article>${parts.join("")}</article>`;
}

const style = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:0 auto;padding:1rem;color:#111}
h2{border-top:2px solid #333;padding-top:1rem;margin-top:2rem}
.item{border-left:4px solid #999;padding-left:.75rem;margin:.75rem 0}
@media print{article{break-before:page}section{break-inside:avoid-page}}`;

/** The readable page: self-contained, no scripts, a heading per family and part. */
export function myCopyHtml(copy: MyCopy, language: Language): string {
  const t = translatorFor(language).getFixedT(language, [
    "my-data",
    "common",
    "plan",
    "rules",
    "commitments",
    "meetings",
    "family",
  ]) as unknown as T;
  const body = [
    `<h1>${escapeHtml(t("file.title"))}</h1>`,
    para(t("file.made", { date: formatDateTime(new Date(copy.madeAt), language) })),
    para(t("file.intro")),
    `<section><h2>${escapeHtml(t("file.you"))}</h2>`,
    para(t("file.name", { name: copy.you.name })),
    para(t("file.email", { email: copy.you.email })),
    "</section>",
    copy.families.length
      ? copy.families.map((family) => familyHtml(family, t, language)).join("")
      : para(t("file.noFamily")),
  ];
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(t("file.title"))}</title><style>${style}</style></head>
<body>${body.join("\n")}</body></html>
`;
}

/** The file names inside the zip, and the zip's own name (no names or family in them). */
export const myCopyFiles = { html: "my-copy.html", json: "my-copy.json", zip: "my-copy.zip" } as const;

export function myCopyZip(copy: MyCopy, language: Language): Uint8Array {
  return zipSync({
    [myCopyFiles.html]: strToU8(myCopyHtml(copy, language)),
    [myCopyFiles.json]: strToU8(JSON.stringify(copy, null, 2)),
  });
}
