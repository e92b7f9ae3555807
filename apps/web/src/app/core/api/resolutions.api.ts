import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  NoticeView,
  OfferBasis,
  PaymentMethod,
  ProtestLevel,
  ProtestOutcome,
  ResolutionView,
  WaiverReason,
} from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

// The request bodies mirror the api's DTOs (apps/api/src/resolutions/dto); money travels as "2000.00" strings.

export interface PaymentRequest {
  amount: string;
  date: string;
  method: PaymentMethod;
  confirmation?: string;
  payUnderProtest?: boolean;
}

export interface InstallmentPlanRequest {
  months: number;
  startDate: string;
  requestedOn?: string;
  unfiledReturns?: boolean;
  withCollectionAgency?: boolean;
  hasWarrant?: boolean;
  /** Requests the plan although the rules say it is not open; the reason is recorded on the plan. */
  override?: { reason: string };
}

export interface PenaltyWaiverRequest {
  reasonCategory: WaiverReason;
  narrative: string;
  documents?: string[];
}

export interface OfferOfCompromiseRequest {
  basis: OfferBasis;
  amountOffered: string;
  disclosureComplete: boolean;
}

export interface ProtestRequest {
  level: ProtestLevel;
  grounds: string;
  filedOn: string;
}

export interface HardshipSuspensionRequest {
  requestedOn: string;
  documents?: string[];
}

export interface ResolutionStatusRequest {
  to: string;
  version: number;
  on?: string;
  amountWaived?: string;
  outcome?: ProtestOutcome;
  grantedUntil?: string;
  note?: string;
}

export interface InstallmentPaymentRequest {
  paidOn: string;
  amount: string;
}

/** Every write answers with the resolution and the notice after it (balance, response status, deadlines). */
export interface ResolutionResult {
  resolution: ResolutionView;
  notice: NoticeView;
}

/** The six ways of resolving a notice, each with its own POST under the notice. */
export const RESOLUTION_PATHS = {
  payment: 'payments',
  installment_plan: 'installment-plans',
  penalty_waiver: 'penalty-waivers',
  offer_of_compromise: 'offers-of-compromise',
  protest: 'protests',
  hardship_suspension: 'hardship-suspensions',
} as const;

export interface ResolutionRequests {
  payment: PaymentRequest;
  installment_plan: InstallmentPlanRequest;
  penalty_waiver: PenaltyWaiverRequest;
  offer_of_compromise: OfferOfCompromiseRequest;
  protest: ProtestRequest;
  hardship_suspension: HardshipSuspensionRequest;
}

/** Reading needs 'notices:read'; every write needs 'resolutions:write' (managers and practitioners). */
@Injectable({ providedIn: 'root' })
export class ResolutionsApi {
  private readonly http = inject(HttpClient);

  /** Oldest first, with each plan's installments. */
  list(noticeId: string): Observable<ResolutionView[]> {
    return this.http.get<ResolutionView[]>(`/api/notices/${encodeURIComponent(noticeId)}/resolutions`);
  }

  /**
   * Records a resolution of `type`. An installment plan the rules do not allow answers 422 with `reasons`
   * unless the request carries `override.reason`.
   */
  record<T extends keyof ResolutionRequests>(
    noticeId: string,
    type: T,
    request: ResolutionRequests[T],
  ): Observable<ResolutionResult> {
    return this.http.post<ResolutionResult>(
      `/api/notices/${encodeURIComponent(noticeId)}/${RESOLUTION_PATHS[type]}`,
      request,
    );
  }

  /** Moves a resolution along its lifecycle; 409 names the allowed moves or means `version` is stale. */
  changeStatus(id: string, request: ResolutionStatusRequest): Observable<ResolutionResult> {
    return this.http.post<ResolutionResult>(`/api/resolutions/${encodeURIComponent(id)}/status`, request);
  }

  /** Records one payment of an approved plan. */
  payInstallment(id: string, number: number, request: InstallmentPaymentRequest): Observable<ResolutionResult> {
    return this.http.post<ResolutionResult>(
      `/api/resolutions/${encodeURIComponent(id)}/installments/${number}/payment`,
      request,
    );
  }
}
