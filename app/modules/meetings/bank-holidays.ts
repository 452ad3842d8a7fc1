// The working-day maths reads the app's one list of bank holidays
// (app/modules/calendar/bank-holidays.ts), grouped by year here.
import { englandAndWalesBankHolidays as allBankHolidays } from "~/modules/calendar/bank-holidays";

export const englandAndWalesBankHolidays: Record<number, readonly string[]> = {};
for (const date of allBankHolidays) {
  const year = Number(date.slice(0, 4));
  englandAndWalesBankHolidays[year] = [...(englandAndWalesBankHolidays[year] ?? []), date];
}

export const bankHolidayYears = Object.keys(englandAndWalesBankHolidays).map(Number).sort((a, b) => a - b);
