import { db } from "~/utils/db.server";

/** For load balancers and uptime checks: 200 when the database answers, 503 when not. */
export async function loader() {
  try {
    await db.$queryRaw`SELECT 1`;
    return new Response("ok", { status: 200, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" } });
  } catch {
    return new Response("database unavailable", { status: 503, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" } });
  }
}
