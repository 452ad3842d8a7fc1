import { databaseAnswers } from "~/modules/health/health.server";

/** For load balancers and uptime checks: 200 when the database answers, 503 when not. */
export async function loader() {
  if (await databaseAnswers()) {
    return new Response("ok", {
      status: 200,
      headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" },
    });
  }
  return new Response("database unavailable", {
    status: 503,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" },
  });
}
