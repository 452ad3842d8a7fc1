import { useTranslation } from "react-i18next";

import { PhoneLink } from "~/components/phone-link";
import { ADVICE_LINE_NUMBER } from "~/modules/directory/advice-line";
import { statusText, type StatusForDisplay } from "~/modules/directory/opening-text";

/**
 * "Need help now?": the advice line, whether it is open, and 999. In the root layout, so it is
 * in the same place on every page, signed in or not (WCAG 3.2.6 consistent help). The status is
 * worked out by the root loader from data in memory: no database read.
 */
export function HelpNow({ status }: { status: StatusForDisplay | null }) {
  const { t } = useTranslation("help");
  return (
    <aside aria-labelledby="help-now-title" className="mx-auto mb-6 max-w-3xl px-4">
      <div className="rounded border-2 border-green-800 bg-white p-4">
        <h2 id="help-now-title" className="text-lg font-bold">
          {t("helpNow.title")}
        </h2>
        <p className="mt-1">
          {t("helpNow.adviceLine")} <PhoneLink number={ADVICE_LINE_NUMBER} />
        </p>
        {status ? <p className="text-sm font-bold">{statusText(status, t)}</p> : null}
        <p className="mt-1">
          {t("helpNow.danger")} <PhoneLink number="999">{t("helpNow.call999")}</PhoneLink>
        </p>
        <p className="mt-1">
          <a href="/directory" className="text-brand underline">
            {t("helpNow.more")}
          </a>
        </p>
      </div>
    </aside>
  );
}
