// Demo dates are relative to the moment the seed runs, so the demo never goes stale.
export const DAY = 86_400_000;

export const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** A calendar day (YYYY-MM-DD, UTC) some days before today. */
export const isoDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

/** A calendar day (YYYY-MM-DD, UTC) some days after today. */
export const isoDaysAhead = (days: number) => daysAgo(-days).toISOString().slice(0, 10);
