// Bank holidays in England and Wales, 2025 to 2028, as ISO dates (Europe/London calendar days).
// Source: https://www.gov.uk/bank-holidays (the "england-and-wales" division of
// https://www.gov.uk/bank-holidays.json). Dates gov.uk had not yet published follow the same
// rules: New Year's Day, Good Friday, Easter Monday, the first and last Mondays in May, the last
// Monday in August, Christmas Day and Boxing Day, with a weekday "substitute day" when one falls
// at a weekend. There is no network at run time, so the list ships with the app: add the next
// year's dates before the end of 2028 (a test fails once the list runs out). The maths that
// reads it is in app/utils/uk-time.ts.
export const englandAndWalesBankHolidays: readonly string[] = [
  "2025-01-01", // New Year's Day
  "2025-04-18", // Good Friday
  "2025-04-21", // Easter Monday
  "2025-05-05", // Early May bank holiday
  "2025-05-26", // Spring bank holiday
  "2025-08-25", // Summer bank holiday
  "2025-12-25", // Christmas Day
  "2025-12-26", // Boxing Day
  "2026-01-01", // New Year's Day
  "2026-04-03", // Good Friday
  "2026-04-06", // Easter Monday
  "2026-05-04", // Early May bank holiday
  "2026-05-25", // Spring bank holiday
  "2026-08-31", // Summer bank holiday
  "2026-12-25", // Christmas Day
  "2026-12-28", // Boxing Day (substitute day)
  "2027-01-01", // New Year's Day
  "2027-03-26", // Good Friday
  "2027-03-29", // Easter Monday
  "2027-05-03", // Early May bank holiday
  "2027-05-31", // Spring bank holiday
  "2027-08-30", // Summer bank holiday
  "2027-12-27", // Christmas Day (substitute day)
  "2027-12-28", // Boxing Day (substitute day)
  "2028-01-03", // New Year's Day (substitute day)
  "2028-04-14", // Good Friday
  "2028-04-17", // Easter Monday
  "2028-05-01", // Early May bank holiday
  "2028-05-29", // Spring bank holiday
  "2028-08-28", // Summer bank holiday
  "2028-12-25", // Christmas Day
  "2028-12-26", // Boxing Day
];

/** The last date the list covers: code that looks further ahead than this cannot know. */
export const bankHolidaysKnownUntil = "2028-12-31";
