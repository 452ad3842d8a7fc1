import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { isOutboxShown, listOutbox } from "~/modules/mail/mailer.server";
import type { RouteHandle } from "~/root";
import { notFound } from "~/utils/http.server";

export const handle: RouteHandle = { titleKey: "auth:outbox.title", i18n: ["auth"] };

// Mail kept when no SMTP server is set up. It holds sign-in codes, so it exists only when asked
// for (SHOW_OUTBOX) and never in production, whatever else is set.
export async function loader() {
  if (!isOutboxShown()) throw notFound();
  const emails = await listOutbox();
  return { emails: emails.map((email) => ({ ...email, createdAt: email.createdAt.toISOString() })) };
}

export default function Outbox() {
  const { t } = useTranslation("auth");
  const { emails } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("outbox.title")}</h1>
      <p>{t("outbox.intro")}</p>
      {emails.length === 0 ? <p>{t("outbox.empty")}</p> : null}
      <ol className="space-y-4">
        {emails.map((email) => (
          <li key={email.id}>
            <article
              aria-label={t("outbox.emailTo", { to: email.to })}
              className="rounded border border-gray-400 bg-white p-4"
            >
              <h2 className="font-bold">{email.subject}</h2>
              <p className="text-sm text-gray-700">
                {t("outbox.to")} {email.to} · <time dateTime={email.createdAt}>{email.createdAt}</time>
              </p>
              <pre dir="auto" className="mt-2 font-sans whitespace-pre-wrap">
                {email.text}
              </pre>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
