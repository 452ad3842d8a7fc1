// The server work of the My copy page (/settings/my-data) and its download.
import { z } from "zod";

import { recordAudit } from "~/modules/audit/audit.server";
import { requireViewer } from "~/modules/auth/session.server";
import { requestLanguage } from "~/utils/dates.server";
import { parseSubmission, refuse } from "~/utils/forms.server";
import { readForm } from "~/utils/request.server";

import { myCopyFiles, myCopyZip } from "./my-copy-file.server";
import { requestMyCopyEmail } from "./my-copy-mail.server";
import { collectMyCopy } from "./my-data.server";

/**
 * The zip, made now for whoever is signed in, from their memberships as the guard reads them.
 * One audit row per family in it (so the family's record shows the copy was taken) and one
 * for the person; never content.
 */
export async function myCopyDownload({ request, context }: { request: Request; context?: unknown }) {
  const { person, memberships } = await requireViewer(request, context);
  const [copy, language] = await Promise.all([
    collectMyCopy({ person, memberships }),
    requestLanguage(request),
  ]);
  const zip = myCopyZip(copy, language);
  await recordAudit({ request, action: "myData.download", actorId: person.id, entity: "myData" });
  for (const membership of memberships) {
    await recordAudit({
      request,
      action: "myData.download",
      actorId: person.id,
      role: membership.role,
      familyId: membership.familyId,
      entity: "myData",
    });
  }
  return new Response(Buffer.from(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${myCopyFiles.zip}"`,
      "Content-Length": String(zip.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}

const MyCopyFormSchema = z.object({ intent: z.literal("email", { error: "generic.invalid" }) });

/** "Email me when it is ready": a job mails a sign-in link; the copy is made at download. */
export async function myCopyAction({ request, context }: { request: Request; context?: unknown }) {
  const { person } = await requireViewer(request, context);
  const submission = parseSubmission(await readForm(request), MyCopyFormSchema);
  if (submission.status !== "success") return refuse(submission);
  await requestMyCopyEmail({ personId: person.id });
  await recordAudit({ request, action: "myData.emailRequested", actorId: person.id, entity: "myData" });
  return { emailSent: true as const };
}
