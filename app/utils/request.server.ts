import { randomUUID } from "node:crypto";

import { getEnv } from "~/utils/env.server";

const requestIds = new WeakMap<Request, string>();

/** The id server.js gives each request (also sent as X-Request-Id), or a fresh one. */
export function getRequestId(request: Request): string {
  const known = requestIds.get(request);
  if (known) return known;
  const fromServer = request.headers.get("x-request-id");
  const id = fromServer && /^[\w-]{8,64}$/.test(fromServer) ? fromServer : randomUUID();
  requestIds.set(request, id);
  return id;
}

export type AppLoadContext = { clientIp?: string };

/** The caller's address as server.js saw it; only used as a rate-limit key, never logged. */
export function getClientIp(request: Request, context: unknown): string {
  const fromContext = (context as AppLoadContext | undefined)?.clientIp;
  if (fromContext) return fromContext;
  if (getEnv().TRUST_PROXY) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return "unknown";
}

/**
 * Reads a urlencoded form, refusing bodies over the limit with 413 before parsing. Every
 * action reads its form through here. The limit is MAX_FORM_BYTES unless the route sizes its
 * own from what its form can hold (the plan editor does).
 */
export async function readForm(
  request: Request,
  { maxBytes }: { maxBytes?: number } = {},
): Promise<URLSearchParams> {
  const limit = maxBytes ?? getEnv().MAX_FORM_BYTES;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge();
  if (!request.body) return new URLSearchParams();

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  return new URLSearchParams(text);
}

function tooLarge() {
  return new Response(null, { status: 413, statusText: "Payload Too Large" });
}
