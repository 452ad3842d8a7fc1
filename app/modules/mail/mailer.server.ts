import nodemailer, { type Transporter } from "nodemailer";

import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | undefined;

/**
 * Sends through SMTP when SMTP_URL is set; otherwise keeps the mail in the database outbox,
 * which only non-production environments show. Mail never carries case details.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const env = getEnv();
  if (env.SMTP_URL) {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    return;
  }
  await db.outboxEmail.create({ data: mail });
}

export function listOutbox() {
  return db.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
