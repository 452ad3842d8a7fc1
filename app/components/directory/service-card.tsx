import { useTranslation } from "react-i18next";

import { Link } from "~/components/link";
import { statusText, type StatusForDisplay } from "~/modules/directory/opening-text";

export type PhoneLink = { number: string; href: string | null; textRelay: boolean };

export type ServiceSummary = {
  id: string;
  name: string;
  nameLang: string;
  description: string;
  descriptionLang: string;
  organisation: string;
  phones: PhoneLink[];
  url?: string;
  lastChecked: string;
  status: StatusForDisplay;
};

/** The open-now line and the tap-to-call links, shared by the list and the entry page. */
export function OpenNowAndCall({ status, phones }: { status: StatusForDisplay; phones: PhoneLink[] }) {
  const { t } = useTranslation("directory");
  const open = status.state !== "closed";
  return (
    <>
      <p className={`font-bold ${open ? "text-green-800" : "text-gray-800"}`}>{statusText(status, t)}</p>
      <ul className="mt-1 space-y-1">
        {phones.map((phone) => (
          <li key={`${phone.textRelay}-${phone.number}`}>
            {phone.href ? (
              <a href={phone.href} className="phone-link text-lg font-bold text-brand underline">
                {t(phone.textRelay ? "entry.textRelay" : "entry.call", { number: phone.number })}
              </a>
            ) : (
              t(phone.textRelay ? "entry.textRelay" : "entry.call", { number: phone.number })
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One service in a list; `headingLevel` 3 when the list sits under its own h2 (a guide article). */
export function ServiceCard({
  service,
  headingLevel = 2,
}: {
  service: ServiceSummary;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation("directory");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // Words in another language than the page (an English name on a Welsh page) say so, for screen readers.
  const langOf = (lang: string) => (lang === i18n.language ? {} : { lang });
  return (
    <li className="rounded border border-gray-400 bg-white p-4">
      <Heading className="text-xl font-bold">
        <Link
          to={`/directory/${service.id}`}
          className="text-brand underline"
          dir="auto"
          {...langOf(service.nameLang)}
        >
          {service.name}
        </Link>
      </Heading>
      <p className="text-sm text-gray-700">{t("entry.by", { organisation: service.organisation })}</p>
      <p className="mt-1" dir="auto" {...langOf(service.descriptionLang)}>
        {service.description}
      </p>
      <div className="mt-2">
        <OpenNowAndCall status={service.status} phones={service.phones} />
      </div>
      <p className="mt-2 text-sm text-gray-700">{t("entry.lastChecked", { date: service.lastChecked })}</p>
    </li>
  );
}
