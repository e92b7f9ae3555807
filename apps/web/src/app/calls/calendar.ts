import { todayInNewYork } from '../calculator/today';

/**
 * Dates as the inputs and the api read them. Inputs hold the browser's local time; the api files a call under
 * its day in America/New_York (`callDate`), so days are asked for in that calendar.
 */
function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** YYYY-MM-DD of `date` in the browser's zone. */
export function localIsoDate(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What an `<input type="datetime-local">` holds: YYYY-MM-DDTHH:MM. */
export function localDateTime(date: Date = new Date()): string {
  return `${localIsoDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** datetime-local text → an instant with its offset (as the api wants); null when it is not a time. */
export function instantOf(localText: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(localText)) return null;
  const date = new Date(localText);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "2026-11-25" plus or minus days, by the calendar. */
export function shiftIsoDate(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return localIsoDate(new Date(year, month - 1, day + days));
}

/** The New York day a call started on (what the api files it under and checks POA coverage for). */
export function callDayOf(localText: string): string | null {
  const instant = instantOf(localText);
  return instant ? todayInNewYork(new Date(instant)) : null;
}

/** Today in Connecticut, whatever the browser's zone. */
export function todayInConnecticut(): string {
  return todayInNewYork();
}
