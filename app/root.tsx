import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useParams,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ErrorPage } from "~/components/error-page";
import { exitShortcutScript, ExitThisPage } from "~/components/layout/exit-this-page";
import { HelpNow } from "~/components/layout/help-now";
import { SiteFooter } from "~/components/layout/site-footer";
import { SiteHeader } from "~/components/layout/site-header";
import { HydrationProvider } from "~/components/link";
import { useNonce } from "~/components/nonce";
import { isLanguage } from "~/i18n";
import { getViewer } from "~/modules/auth/session.server";
import { familyRightsGroupAdviceLine } from "~/modules/directory/national-services";
import { statusFor } from "~/modules/directory/status.server";
import { staffMenuLinks } from "~/modules/organisation/menu.server";
import stylesheet from "~/tailwind.css";
import { pageHydrates } from "~/utils/hydration";
import { i18next } from "~/utils/i18next.server";
import { localeUrl, pageNamespaces, parseNamespaceVersions } from "~/utils/locale-namespaces";
import { getNamespaceVersions } from "~/utils/locales.server";
import { pageScripts } from "~/utils/page-scripts.server";
import { getRequestId } from "~/utils/request.server";
import { newSubmissionKey } from "~/utils/submission.server";

// What the layout itself shows (header, footer, "Need help now?" with its opening times, error
// pages), so every page has it. Each route adds its own namespaces in `handle.i18n`.
export const handle: RouteHandle = { i18n: ["common", "directory", "errors", "help"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: stylesheet }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The viewer (session, person, memberships) is read once and shared with the page's guard.
  const [viewer, detected] = await Promise.all([getViewer(request, context), i18next.getLocale(request)]);
  const locale = isLanguage(detected) ? detected : "en";
  const person = viewer?.person ?? null;
  return {
    locale,
    localeVersions: getNamespaceVersions(locale),
    requestId: getRequestId(request),
    person: person ? { name: person.name } : null,
    families: (viewer?.memberships ?? []).map((membership) => ({
      id: membership.familyId,
      name: membership.familyName,
    })),
    // Staff pages the person may open, for the site menu (from the viewer read: no statement).
    staffLinks: staffMenuLinks(viewer?.staffRoles ?? []),
    // "Need help now?" on every page: worked out from the line's hours in memory, no query.
    helpNow: statusFor(familyRightsGroupAdviceLine, new Date(), locale),
    // Create forms post it back, so the same form posted twice saves once (submission.server.ts).
    submissionKey: newSubmissionKey(),
    pageScripts: pageScripts(),
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  // First: nothing below may translate before the page's namespaces are there.
  const namespaces = usePageNamespaces();
  const root = useRouteLoaderData<typeof loader>("root");
  const { t } = useTranslation();
  const params = useParams();
  const locale = root?.locale ?? "en";
  const title = usePageTitle();
  const nonce = useNonce();
  const hydrate = useHydration();
  // The head keeps the first page's preloads; later pages' strings are fetched by i18next.
  const [preloaded] = useState(namespaces);
  const versions = parseNamespaceVersions(root?.localeVersions);
  return (
    <HydrationProvider value={hydrate}>
      <html lang={locale} dir="ltr">
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          {/* No favicon download: every byte counts on pay-as-you-go data. */}
          <link rel="icon" href="data:," />
          {root && hydrate ? <meta name="locale-versions" content={root.localeVersions} /> : null}
          {root && hydrate
            ? preloaded.map((namespace) => (
                <link
                  key={namespace}
                  rel="preload"
                  as="fetch"
                  href={localeUrl(locale, namespace, versions.get(namespace) ?? "")}
                  crossOrigin="anonymous"
                  data-locale-ns={namespace}
                />
              ))
            : null}
          <title>{title}</title>
          <Meta />
          <Links />
          <script nonce={nonce} dangerouslySetInnerHTML={{ __html: exitShortcutScript }} />
        </head>
        <body className="min-h-screen bg-gray-50 font-sans text-gray-900">
          <a
            href="#main-content"
            className="sr-only focus:not-sr-only focus:block focus:bg-focus focus:p-2 focus:text-black"
          >
            {t("skipToContent")}
          </a>
          <ExitThisPage />
          <SiteHeader
            language={locale}
            signedIn={Boolean(root?.person)}
            families={root?.families ?? []}
            staffLinks={root?.staffLinks ?? []}
            currentFamilyId={params.familyId}
          />
          <main id="main-content" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-6">
            {children}
          </main>
          <HelpNow status={root?.helpNow ?? null} />
          <SiteFooter signedIn={Boolean(root?.person)} />
          {hydrate ? (
            <>
              <ScrollRestoration nonce={nonce} />
              <Scripts nonce={nonce} />
            </>
          ) : null}
        </body>
      </html>
    </HydrationProvider>
  );
}

/** Each route names its title with `handle.titleKey` (or `pageTitle` in its data); error pages use their own. */
function usePageTitle() {
  const { t } = useTranslation();
  const error = useRouteError();
  const matches = useMatches();
  const appName = t("appName");
  if (error) {
    const status =
      isRouteErrorResponse(error) && [403, 404, 413, 429].includes(error.status) ? error.status : 500;
    const readOnly =
      isRouteErrorResponse(error) && (error.data as { reason?: unknown } | null)?.reason === "read-only";
    return `${t(readOnly ? "errors:page.readOnly.title" : `errors:page.${status}.title`)} – ${appName}`;
  }
  // The deepest route that names a title wins: a translated key, or a title its loader read (a guide article).
  for (const match of [...matches].reverse()) {
    const own = (match.data as { pageTitle?: unknown } | undefined)?.pageTitle;
    if (typeof own === "string" && own) return `${own} – ${appName}`;
    const key = (match.handle as RouteHandle | undefined)?.titleKey;
    if (key) return `${t(key)} – ${appName}`;
  }
  return appName;
}

export type RouteHandle = {
  titleKey?: string;
  /**
   * The locale namespaces this route's module and everything it imports use (besides the
   * root's). The browser downloads only these; tests/routes/locale-namespaces.test.ts checks
   * every route declares what it uses, and nothing more.
   */
  i18n?: string[];
  /**
   * true: the page loads React and Remix in the browser. No page a family sees does: every
   * page works as plain HTML, and its few live touches are small scripts (app/scripts). Only
   * the staff pages that edit the support directory hydrate (see docs/decisions).
   */
  hydrate?: boolean;
};

/**
 * The namespaces of the matched routes. In the browser, useTranslation suspends until all of
 * them are loaded. Remix makes every router update inside a React transition, and a suspended
 * transition keeps the old page on screen, so on a client-side navigation the new page shows
 * only once its strings have arrived: never a raw key. (Loading in a root clientLoader would
 * not run on every navigation; a Suspense fallback would flash.) On the server all strings are
 * in memory, so nothing waits.
 */
function usePageNamespaces() {
  const namespaces = pageNamespaces(useMatches().map((match) => match.handle));
  useTranslation(namespaces);
  return namespaces;
}

/** Whether this page loads the app's JavaScript: only if a matched route asks for it. */
function useHydration() {
  const wanted = pageHydrates(useMatches().map((match) => match.handle));
  // Once the app runs in the browser, it keeps its scripts when it moves to a reading page.
  const [started] = useState(wanted);
  return wanted || started;
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
