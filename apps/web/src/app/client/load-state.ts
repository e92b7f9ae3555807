import { catchError, map, type Observable, of, scan, startWith, switchMap } from 'rxjs';
import { describeHttpError } from '../core/http/api-error';

/** One section's data as the page shows it: loading, the value, or the failure in words. */
export interface Loaded<T> {
  loading: boolean;
  value: T | null;
  error: string | null;
}

/**
 * Loads `fetch(key)` each time a key arrives (a new client id, or the same one again to refresh). While a
 * refresh runs the previous value stays on screen, so a section does not flash empty after every change.
 */
export function loadEach<K, T>(keys: Observable<K>, fetch: (key: K) => Observable<T>): Observable<Loaded<T>> {
  return keys.pipe(
    switchMap((key) =>
      fetch(key).pipe(
        map((value): Partial<Loaded<T>> => ({ loading: false, value, error: null })),
        catchError((error: unknown) =>
          of<Partial<Loaded<T>>>({ loading: false, value: null, error: describeHttpError(error) }),
        ),
        startWith<Partial<Loaded<T>>>({ loading: true, error: null }),
      ),
    ),
    scan((state: Loaded<T>, change: Partial<Loaded<T>>) => ({ ...state, ...change }), {
      loading: true,
      value: null,
      error: null,
    }),
  );
}

export const LOADING: Loaded<never> = { loading: true, value: null, error: null };
