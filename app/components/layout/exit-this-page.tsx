import { useTranslation } from "react-i18next";

/**
 * GOV.UK "Exit this page": a plain link, so it works with JavaScript off. /exit ends the
 * session and sends the person to a neutral site. The Shift×3 shortcut is in root.tsx,
 * as a tiny inline script, so it works before the page's JavaScript has loaded.
 */
export function ExitThisPage() {
  const { t } = useTranslation();
  return (
    <div className="no-print bg-white px-4 py-2">
      <a
        href="/exit"
        id="exit-this-page"
        className="inline-block rounded bg-exit px-4 py-2 font-bold text-white underline-offset-2 shadow-[0_2px_0_#55070e] hover:bg-[#8a0b17] hover:underline"
      >
        {t("exit.button")}
        <span className="sr-only"> {t("exit.hint")}</span>
      </a>
      <p className="mt-1 text-sm text-gray-700" aria-hidden="true">
        {t("exit.shortcut")}
      </p>
    </div>
  );
}

/** Counts Shift presses; three within two seconds leave the page at once. */
export const exitShortcutScript = `(function(){var n=0,t;document.addEventListener("keydown",function(e){if(e.key!=="Shift"||e.repeat)return;n++;clearTimeout(t);t=setTimeout(function(){n=0},2000);if(n>=3){document.documentElement.style.display="none";window.location.replace("/exit")}},true)})();`;
