import { Writable } from "node:stream";

import type {
  AppLoadContext,
  EntryContext,
  HandleDataRequestFunction,
  HandleErrorFunction,
} from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";

import { NonceProvider } from "~/components/nonce";
import { startJobRunner } from "~/modules/jobs/runner.server";
import { getEnv } from "~/utils/env.server";
import { pageHydrates } from "~/utils/hydration";
import { i18next, translatorFor } from "~/utils/i18next.server";
import { errorFields, logEvent, shouldLogAsError } from "~/utils/log.server";
import { getRequestId } from "~/utils/request.server";
import { applySecurityHeaders, newNonce, strictTransportSecurity } from "~/utils/security-headers.server";

// server.js starts the runner that sends sign-in mail off the request path; `npm run dev`
// serves with remix-serve instead, so in development it starts here.
export { startJobRunner };
// server.js sets HSTS on every response and logs what it refuses with the app's own settings
// and logger.
export { logEvent, strictTransportSecurity };

// Fail at boot, naming the bad setting, rather than on some later request.
if (getEnv().NODE_ENV === "development") startJobRunner();

export const streamTimeout = 5_000;

/**
 * A page that does not hydrate never sends the browser Remix's stream of loader data (no
 * <Scripts>), yet RemixServer would still read that stream to the end while rendering. Dropping
 * it saves that work on every reading page.
 */
function dropBrowserData(context: EntryContext) {
  const stream = context.serverHandoffStream;
  context.serverHandoffStream = undefined;
  stream?.cancel().catch(() => {});
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  _loadContext: AppLoadContext,
) {
  const instance = translatorFor(await i18next.getLocale(request));

  const nonce = newNonce();
  const page = (
    <NonceProvider value={nonce}>
      <I18nextProvider i18n={instance}>
        <RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
      </I18nextProvider>
    </NonceProvider>
  );
  const respond = (body: Buffer<ArrayBuffer>) => {
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    responseHeaders.set("Content-Length", String(body.length));
    applySecurityHeaders(responseHeaders, { nonce });
    return new Response(body, { headers: responseHeaders, status: responseStatusCode });
  };

  const hydrates = pageHydrates(
    remixContext.staticHandlerContext.matches.map(
      (match) => remixContext.routeModules[match.route.id]?.handle,
    ),
  );
  if (!hydrates) {
    // A reading page has nothing to wait for (no <Await>, every string in memory) and nothing for
    // the browser to pick up, so it is rendered to one string. React's streaming renderer copies
    // each of the page's thousands of small pieces into byte buffers as it goes; on the plan page
    // that cost a fifth of the server's time per request. A component that throws here goes to
    // Remix's error boundary as a failed shell would. React adds the doctype only when it streams.
    dropBrowserData(remixContext);
    return respond(Buffer.from(`<!DOCTYPE html>${renderToString(page)}`));
  }

  // The whole page is rendered before anything is sent, and sent as one piece. Pages are small
  // and have nothing to stream late, and one piece is far cheaper to compress than the dozens of
  // small chunks React writes (compressing them one by one cost a tenth of the page's CPU).
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(page, {
      nonce,
      onShellReady() {
        shellRendered = true;
      },
      onAllReady() {
        const chunks: Buffer[] = [];
        const collector = new Writable({
          write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk);
            done();
          },
          final(done) {
            clearTimeout(timer);
            resolve(respond(Buffer.concat(chunks)));
            done();
          },
        });
        pipe(collector);
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        if (shellRendered) logError(error, request);
      },
    });
    const timer = setTimeout(abort, streamTimeout + 1000);
  });
}

/** Single-fetch `.data` responses carry a family's data too: the same no-store as pages. */
export const handleDataRequest: HandleDataRequestFunction = (response) => {
  const headers = applySecurityHeaders(new Headers(response.headers));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
};

/**
 * Logs real errors with the request id the 500 page shows; never the URL, body or person.
 * A thrown 403/404/429 is an answer, not an error, so it is not logged.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted || !shouldLogAsError(error)) return;
  logError(error, request);
};

function logError(error: unknown, request: Request) {
  logEvent("error", "request.error", { reference: getRequestId(request), ...errorFields(error) });
}
