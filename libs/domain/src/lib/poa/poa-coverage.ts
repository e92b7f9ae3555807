import {
  PoaCoverageAnswer,
  PoaCoverageCode,
  PoaCoverageSummary,
  PoaPeriod,
  PoaPersonRef,
  PoaStatus,
  TaxPeriod,
} from './poa-types';
import type { IsoDate } from '../dates/calendar-date';
import { matterLabel, monthSpanOf, periodLabel, periodsCoverSpan, taxTypeLabel } from './poa-periods';

/** What the coverage decision needs to know about an authorization of the client. */
export interface CoverageAuthorization {
  id: string;
  representative: PoaPersonRef;
  /** As recorded (a stored `expired` is treated like `active` with its expiry). */
  status: PoaStatus;
  taxTypes: readonly string[];
  periods: readonly PoaPeriod[];
  filedOn: IsoDate | null;
  effectiveOn: IsoDate | null;
  expiresOn: IsoDate | null;
  revokedOn: IsoDate | null;
  confirmationNumber: string | null;
}

export interface CoverageQuestion {
  /** The person who wants to (or did) discuss the account with DRS. */
  person: PoaPersonRef;
  /** null: any matter (a call logged without a notice needs any authorization in force for the client). */
  taxType: string | null;
  /** Every one must be covered; empty with a null tax type. */
  periods: readonly TaxPeriod[];
  date: IsoDate;
}

/**
 * In force on `date`: DRS accepted it (recorded active, or since revoked or expired), it had taken effect,
 * it had not expired (the expiry day itself still counts) and it had not been revoked (the revocation day
 * no longer counts: the replacing authorization takes effect that day).
 */
export function inForceOn(poa: Pick<CoverageAuthorization, 'status' | 'effectiveOn' | 'expiresOn' | 'revokedOn'>, date: IsoDate): boolean {
  if (poa.status !== 'active' && poa.status !== 'revoked' && poa.status !== 'expired') return false;
  if (poa.effectiveOn === null || poa.effectiveOn > date) return false;
  if (poa.expiresOn !== null && poa.expiresOn < date) return false;
  if (poa.status === 'revoked' && (poa.revokedOn === null || poa.revokedOn <= date)) return false;
  return true;
}

/**
 * May `person` discuss this tax matter with DRS on `date`? DRS discusses an account only with a
 * representative named on an authorization in force for that tax type and period (DOMAIN.md), so the
 * answer is yes only when the person's authorizations in force that day name the tax type and, together,
 * cover every month of every period asked about. Otherwise the reason is the first of these that applies,
 * most useful first: their authorization for the matter had expired, was revoked, was not yet in effect, or
 * is only drafted or filed; someone else's authorization covers the matter; theirs covers other periods;
 * theirs covers other tax types; nothing at all.
 */
export function decidePoaCoverage(
  poas: readonly CoverageAuthorization[],
  question: CoverageQuestion,
): PoaCoverageAnswer {
  const { person, taxType, periods, date } = question;
  const matter = taxType === null ? 'any tax matter of this client' : matterLabel(taxType, periods);
  const answer = (code: PoaCoverageCode, reason: string, poa?: CoverageAuthorization): PoaCoverageAnswer => ({
    covered: code === 'covered',
    code,
    reason,
    ...(poa ? { poa: summarise(poa, date) } : {}),
    asOf: date,
    matter: { taxType, periodLabels: periods.map(periodLabel) },
  });
  const mine = poas.filter((poa) => poa.representative.id === person.id);
  const newestFirst = (list: CoverageAuthorization[]) =>
    [...list].sort((a, b) => (b.effectiveOn ?? '').localeCompare(a.effectiveOn ?? ''));

  if (taxType === null) {
    const inForce = newestFirst(mine.filter((poa) => inForceOn(poa, date)));
    if (inForce.length > 0) {
      return answer(
        'covered',
        `Covered: ${person.fullName} is named on an authorization in force on ${date} (no notice given, so any tax matter counts)`,
        inForce[0],
      );
    }
    return explainMissing(poas, mine, null, date, answer, matter, person);
  }

  const mineInForce = mine.filter((poa) => inForceOn(poa, date) && poa.taxTypes.includes(taxType));
  const allPeriods = mineInForce.flatMap((poa) => poa.periods);
  if (periods.every((period) => periodsCoverSpan(allPeriods, monthSpanOf(period)))) {
    const covering =
      periods.length === 0 ? mineInForce : mineInForce.filter((poa) => periods.some((period) => touches(poa, period)));
    const poa = newestFirst(covering)[0];
    if (!poa) return explainMissing(poas, mine, taxType, date, answer, matter, person, periods);
    const until = poa.expiresOn ? `in force until ${poa.expiresOn}` : 'with no expiry recorded';
    return answer('covered', `Covered: ${person.fullName}'s POA for ${matter} is ${until}`, poa);
  }
  return explainMissing(poas, mine, taxType, date, answer, matter, person, periods);
}

type Answer = (code: PoaCoverageCode, reason: string, poa?: CoverageAuthorization) => PoaCoverageAnswer;

function explainMissing(
  poas: readonly CoverageAuthorization[],
  mine: CoverageAuthorization[],
  taxType: string | null,
  date: IsoDate,
  answer: Answer,
  matter: string,
  person: PoaPersonRef,
  periods: readonly TaxPeriod[] = [],
): PoaCoverageAnswer {
  // An authorization "for the matter" names the tax type and on its own covers every period asked about.
  const forMatter = (poa: CoverageAuthorization) =>
    taxType === null ||
    (poa.taxTypes.includes(taxType) && periods.every((period) => periodsCoverSpan(poa.periods, monthSpanOf(period))));
  const latest = (list: CoverageAuthorization[], key: (poa: CoverageAuthorization) => string | null) =>
    [...list].sort((a, b) => (key(b) ?? '').localeCompare(key(a) ?? ''))[0] as CoverageAuthorization | undefined;
  const accepted = (poa: CoverageAuthorization) => poa.status !== 'draft' && poa.status !== 'filed';
  const mineForMatter = mine.filter(forMatter);

  const expired = latest(
    mineForMatter.filter((poa) => accepted(poa) && poa.expiresOn !== null && poa.expiresOn < date),
    (poa) => poa.expiresOn,
  );
  if (expired) {
    return answer(
      'expired',
      `POA expired on ${expired.expiresOn}: ${person.fullName} may no longer discuss ${matter} with DRS; file a new LGL-001 through myconneCT`,
      expired,
    );
  }
  const revoked = latest(
    mineForMatter.filter((poa) => poa.status === 'revoked' && poa.revokedOn !== null && poa.revokedOn <= date),
    (poa) => poa.revokedOn,
  );
  if (revoked) {
    return answer(
      'revoked',
      `POA was revoked on ${revoked.revokedOn}: ${person.fullName} may no longer discuss ${matter} with DRS`,
      revoked,
    );
  }
  const pending = latest(
    mineForMatter.filter((poa) => accepted(poa) && poa.effectiveOn !== null && poa.effectiveOn > date),
    (poa) => poa.effectiveOn,
  );
  if (pending) {
    return answer(
      'not_yet_effective',
      `POA takes effect on ${pending.effectiveOn}: on ${date} ${person.fullName} was not yet authorised for ${matter}`,
      pending,
    );
  }
  const unaccepted = latest(
    mineForMatter.filter((poa) => !accepted(poa)),
    (poa) => poa.filedOn,
  );
  if (unaccepted) {
    const where =
      unaccepted.status === 'filed'
        ? `was filed${unaccepted.filedOn ? ` on ${unaccepted.filedOn}` : ''} but DRS has not accepted it yet`
        : 'is only a draft; sign it and file it through myconneCT';
    return answer('not_active', `POA for ${matter} naming ${person.fullName} ${where}`, unaccepted);
  }
  const someoneElse = poas.find((poa) => poa.representative.id !== person.id && inForceOn(poa, date) && forMatter(poa));
  if (someoneElse) {
    return answer(
      'other_representative',
      `POA names ${someoneElse.representative.fullName}, not ${person.fullName}, for ${matter}`,
      someoneElse,
    );
  }
  const mineInForce = mine.filter((poa) => inForceOn(poa, date));
  if (taxType !== null) {
    const otherPeriods = mineInForce.find((poa) => poa.taxTypes.includes(taxType));
    if (otherPeriods) {
      return answer(
        'other_period',
        `No active POA for ${matter}: ${person.fullName}'s POA for ${taxTypeLabel(taxType)} covers ${otherPeriods.periods.map(periodLabel).join(', ')}`,
        otherPeriods,
      );
    }
    const otherTaxTypes = mineInForce[0];
    if (otherTaxTypes) {
      return answer(
        'other_tax_type',
        `No active POA for ${matter}: ${person.fullName}'s POA covers ${otherTaxTypes.taxTypes.map(taxTypeLabel).join(', ')} only`,
        otherTaxTypes,
      );
    }
  }
  return answer('no_poa', `No active POA for ${matter} names ${person.fullName} on ${date}`);
}

/** Covers at least one month of the period: worth naming as "the" covering POA when several combine. */
function touches(poa: CoverageAuthorization, period: TaxPeriod): boolean {
  const target = monthSpanOf(period);
  return poa.periods.some((own) => {
    const span = monthSpanOf(own);
    return span.first <= target.last && target.first <= span.last;
  });
}

function summarise(poa: CoverageAuthorization, date: IsoDate): PoaCoverageSummary {
  const expiredByDate =
    (poa.status === 'active' || poa.status === 'expired') && poa.expiresOn !== null && poa.expiresOn < date;
  return {
    id: poa.id,
    representative: { ...poa.representative },
    status: expiredByDate ? 'expired' : poa.status,
    taxTypes: [...poa.taxTypes],
    periodLabels: poa.periods.map(periodLabel),
    effectiveOn: poa.effectiveOn,
    expiresOn: poa.expiresOn,
    confirmationNumber: poa.confirmationNumber,
  };
}
