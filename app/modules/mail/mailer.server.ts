import nodemailer, { type Transporter } from "nodemailer";

import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

export type Mail = { to: string; subject: string; text: string };

let transport: { url: string; transporter: Transporter } | undefined;

/**
 * Sign-in mail goes through here only from jobs (app/modules/jobs), never on a request path, so
 * a slow or broken mail server cannot change a sign-in answer or its timing. Sends through SMTP when SMTP_URL is set; otherwise keeps the mail in the database outbox,
 * which only non-production environments show. Mail never carries case details.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const env = getEnv();
  if (env.SMTP_URL) {
    if (transport?.url !== env.SMTP_URL)
      transport = { url: env.SMTP_URL, transporter: nodemailer.createTransport(env.SMTP_URL) };
    await transport.transporter.sendMail({
      from: env.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    return;
  }
  await db.outboxEmail.create({ data: mail });
}

/** The outbox page exists only when asked for (SHOW_OUTBOX), and never in production. */
export function isOutboxShown(): boolean {
  const env = getEnv();
  return env.SHOW_OUTBOX && env.APP_ENV !== "production";
}

export function listOutbox() {
  return db.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
