const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "25 November 2026": day-month-year avoids the US/UK ambiguity of numeric dates. */
export const formatDate = (date: Date) => longDate.format(date);

/** Machine-readable date for `<time datetime>`. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A source's partial date ("2012", "2012-06", "2012-06-16") in words. */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (day) return longDate.format(new Date(Date.UTC(year, month - 1, day)));
  if (month) return monthYear.format(new Date(Date.UTC(year, month - 1, 1)));
  return String(year);
}
