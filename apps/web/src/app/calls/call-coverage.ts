import { inject, Injectable } from '@angular/core';
import type { NoticeListItem, PoaCoverageAnswer, PoaCoverageSummary, PoaView } from '@nutmeg/contracts';
import { catchError, forkJoin, map, type Observable, of, startWith } from 'rxjs';
import { PoaApi } from '../core/api/poa.api';
import { describeHttpError } from '../core/http/api-error';
import { labelOf, periodsLabel, TAX_TYPE_LABELS } from '../board/notice-labels';
import { inForceOn, periodLabel } from '@nutmeg/domain';

export interface CoverageQuestion {
  client: { id: string; legalName: string };
  notice: Pick<NoticeListItem, 'id' | 'taxType' | 'taxPeriods'> | null;
  caller: { id: string; fullName: string };
  /** The call's day, YYYY-MM-DD. */
  date: string;
}

/** What the dialog shows about POA coverage before the call is saved. */
export type CoverageState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'answered'; covered: boolean; reason: string; matter: string; poa: PoaCoverageSummary | null }
  | { kind: 'error'; message: string };

/** "individual income tax 2024" or "any tax matter of Jane Q. Taxpayer". */
export function matterOf(question: Pick<CoverageQuestion, 'client' | 'notice'>): string {
  const notice = question.notice;
  if (!notice) return `any tax matter of ${question.client.legalName}`;
  return `${labelOf(TAX_TYPE_LABELS, notice.taxType).toLowerCase()} ${periodsLabel(notice.taxPeriods)}`;
}

/** The state from the api's own answer (the 409 of a refused save carries one). */
export function stateOfAnswer(answer: PoaCoverageAnswer, matter: string): CoverageState {
  return { kind: 'answered', covered: answer.covered, reason: answer.reason, matter, poa: answer.poa ?? null };
}

function summaryOf(poa: PoaView): PoaCoverageSummary {
  return {
    id: poa.id,
    representative: poa.representative,
    status: poa.status,
    taxTypes: poa.taxTypes,
    periodLabels: poa.periodLabels,
    effectiveOn: poa.effectiveOn,
    expiresOn: poa.expiresOn,
    confirmationNumber: poa.confirmationNumber,
  };
}

/** Asks the api whether the caller may discuss the matter with DRS on the call's day. */
@Injectable({ providedIn: 'root' })
export class CallCoverage {
  private readonly poa = inject(PoaApi);

  check(question: CoverageQuestion): Observable<CoverageState> {
    const matter = matterOf(question);
    const answer$ = question.notice ? this.forNotice(question, question.notice) : this.forAnyMatter(question);
    return answer$.pipe(
      map((state) => (state.kind === 'answered' ? { ...state, matter } : state)),
      catchError((error: unknown) =>
        of<CoverageState>({
          kind: 'error',
          message: `Could not check POA coverage: ${describeHttpError(error)} Saving still checks it.`,
        }),
      ),
      startWith<CoverageState>({ kind: 'checking' }),
    );
  }

  /** Every period of the notice must be covered; the first one that is not gives the reason. */
  private forNotice(question: CoverageQuestion, notice: NonNullable<CoverageQuestion['notice']>) {
    const periods = notice.taxPeriods.length > 0 ? notice.taxPeriods.map(periodLabel) : [];
    const asks = periods.map((period) =>
      this.poa.coverage({
        clientId: question.client.id,
        userId: question.caller.id,
        taxType: notice.taxType,
        period,
        date: question.date,
      }),
    );
    if (asks.length === 0) return this.forAnyMatter(question);
    return forkJoin(asks).pipe(
      map((answers): CoverageState => {
        const deciding = answers.find((answer) => !answer.covered) ?? answers[0];
        return stateOfAnswer(deciding, '');
      }),
    );
  }

  private forAnyMatter(question: CoverageQuestion): Observable<CoverageState> {
    return this.poa.list({ clientId: question.client.id, representativeId: question.caller.id, pageSize: 100 }).pipe(
      map((page): CoverageState => {
        const inForce = page.items
          .filter((poa) => inForceOn(poa, question.date))
          .sort((a, b) => (b.effectiveOn ?? '').localeCompare(a.effectiveOn ?? ''))[0];
        return inForce
          ? {
              kind: 'answered',
              covered: true,
              reason: `Covered: ${question.caller.fullName} is named on an authorization in force on ${question.date} (no notice given, so any tax matter counts)`,
              matter: '',
              poa: summaryOf(inForce),
            }
          : {
              kind: 'answered',
              covered: false,
              reason: `No POA naming ${question.caller.fullName} is in force for ${question.client.legalName} on ${question.date}`,
              matter: '',
              poa: null,
            };
      }),
    );
  }
}
