import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

import { getEnv } from "~/utils/env.server";

/** A URL-safe secret with 256 bits of randomness. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Six digits, leading zeros kept. */
export function newCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

// A code has only a million values, so a plain hash could be reversed by trying them all;
// keying it with the server secret and the email stops that.
export function hashCode(email: string, code: string): string {
  return createHmac("sha256", getEnv().SESSION_SECRET).update(`${email}:${code}`).digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A keyed hash of an email for rate-limit keys, counters and audit rows: it links events about
 * one account without storing the address, and unlike a plain hash it cannot be reversed by
 * hashing a list of known addresses.
 */
export function emailKey(email: string): string {
  return createHmac("sha256", getEnv().SESSION_SECRET).update(`email-key:${email}`).digest("hex");
}
