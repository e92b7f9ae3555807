import { InjectionToken } from '@angular/core';
import type { IsoDate } from '@nutmeg/domain';

/**
 * Today's calendar date in Connecticut (America/New_York), as YYYY-MM-DD. Not `toISOString()`: that is the
 * UTC date, which is already tomorrow on a Connecticut evening.
 */
export function todayInNewYork(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Where the calculator reads today from; tests provide a fixed day. */
export const TODAY = new InjectionToken<() => IsoDate>('nutmeg.today', {
  providedIn: 'root',
  factory: () => todayInNewYork,
});
