// Bank holidays in England and Wales, as published on gov.uk/bank-holidays. Shipped as data:
// there is no network at run time. Substitute days are listed as the day off people get
// (for example 28 December 2026, because Boxing Day falls on a Saturday).
// Add each new year when gov.uk publishes it; a test fails when the list runs short.
export const englandAndWalesBankHolidays: Record<number, readonly string[]> = {
  2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
  2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
  2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
  2028: ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"],
};

export const bankHolidayYears = Object.keys(englandAndWalesBankHolidays).map(Number).sort((a, b) => a - b);
