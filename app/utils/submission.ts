/** The hidden field that carries a create form's one-time key (see submission.server.ts). */
export const SUBMISSION_KEY_FIELD = "submissionKey";
