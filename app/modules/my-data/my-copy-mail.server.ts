// "Email me when it is ready": the mail says only that a copy is ready, with a link to sign in.
// No names, no family, no case words: a shared inbox or a lock screen must tell nobody anything.
// The copy itself is made when the person downloads it, signed in, under the guard of that
// moment; nothing of it is stored in between.
import { isLanguage } from "~/i18n";
import { enqueueJob } from "~/modules/jobs/jobs.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { db } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { i18next } from "~/utils/i18next.server";

export const MY_COPY_PATH = "/settings/my-data";

export function requestMyCopyEmail({ personId }: { personId: string }) {
  return enqueueJob("my-copy-ready", { personId });
}

/** The job: "Your copy is ready", in the person's language, with a sign-in link back to My copy. */
export async function deliverMyCopyReady({ personId }: { personId: string }): Promise<void> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { email: true, language: true },
  });
  if (!person) return;
  const t = await i18next.getFixedT(isLanguage(person.language) ? person.language : "en", "my-data");
  const url = new URL("/sign-in", getEnv().APP_URL);
  url.searchParams.set("redirectTo", MY_COPY_PATH);
  await sendMail({
    to: person.email,
    subject: t("email.subject"),
    text: t("email.body", { url: url.toString() }),
  });
}
