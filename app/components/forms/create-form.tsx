import { Form, useRouteLoaderData } from "@remix-run/react";
import type { ComponentProps } from "react";

import type { loader as rootLoader } from "~/root";
import { SUBMISSION_KEY_FIELD } from "~/utils/submission";

/** The page's one-time key for create forms; every page load (and every save) brings a new one. */
export function useSubmissionKey() {
  return useRouteLoaderData<typeof rootLoader>("root")?.submissionKey ?? "";
}

/** The one-time key alone, for a create form that must stay mounted after a save. */
export function SubmissionKeyField() {
  return <input type="hidden" name={SUBMISSION_KEY_FIELD} value={useSubmissionKey()} />;
}

/**
 * A form that creates something (a note, a post, a check-in). It carries the page's one-time key,
 * so posting it twice saves once (see submission.server.ts), and it starts empty again after a
 * save: the new key after the save remounts it, also when JavaScript keeps the page.
 */
export function CreateForm(props: ComponentProps<typeof Form>) {
  const submissionKey = useSubmissionKey();
  return (
    <Form key={submissionKey} {...props} method="post">
      <input type="hidden" name={SUBMISSION_KEY_FIELD} value={submissionKey} />
      {props.children}
    </Form>
  );
}
