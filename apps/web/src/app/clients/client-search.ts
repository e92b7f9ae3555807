import type { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import type { ClientView } from '@nutmeg/contracts';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, startWith, switchMap } from 'rxjs';
import type { ClientsApi } from '../core/api/clients.api';
import { describeHttpError } from '../core/http/api-error';

export interface ClientSearchState {
  loading: boolean;
  items: ClientView[];
  error: string | null;
}

const DEBOUNCE_MS = 200;
const IDLE: ClientSearchState = { loading: false, items: [], error: null };

/**
 * The clients matching what is typed in a client autocomplete (the call log, notice intake): searched as
 * the person types, a moment after they pause, the older answer dropped when a newer one is asked for.
 * Call in an injection context (it makes a signal).
 */
export function clientSearchOf(
  control: AbstractControl<unknown>,
  api: ClientsApi,
  options = 8,
): Signal<ClientSearchState> {
  return toSignal(
    control.valueChanges.pipe(
      filter((value): value is string => typeof value === 'string'),
      map((text) => text.trim()),
      debounceTime(DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((search) =>
        search === ''
          ? of(IDLE)
          : api.list({ page: 1, pageSize: options, search }).pipe(
              map((page): ClientSearchState => ({ loading: false, items: page.items, error: null })),
              catchError((error: unknown) =>
                of<ClientSearchState>({ loading: false, items: [], error: describeHttpError(error) }),
              ),
              startWith<ClientSearchState>({ loading: true, items: [], error: null }),
            ),
      ),
    ),
    { initialValue: IDLE },
  );
}
