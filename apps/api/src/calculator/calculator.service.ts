import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import {
  accrue,
  AccrualResult,
  costOfWaiting,
  CostOfWaiting,
  Deadline,
  deadlinesForNotice,
  installmentSchedule,
  InstallmentSchedule,
  PayoffRun,
  ProjectionInput,
  projectPayoffByDay,
  RuleTables,
} from '@nutmeg/domain';
import { DeadlinesDto } from './dto/deadlines.dto';
import { InstallmentPlanDto } from './dto/installment-plan.dto';
import { LiabilityDto, ProjectionDto, QuoteDto } from './dto/quote.dto';

export interface QuoteView {
  /** The last day a payment is on time: the due date, or the next business day after a closed one (§12-39a). */
  timelyThrough: string;
  months: number;
  tax: string;
  penalty: string;
  penaltyWaived: string;
  interest: string;
  paid: string;
  total: string;
  credit: string;
  unpaid: AccrualResult['unpaid'];
  breakdown: AccrualResult['breakdown'];
  payments: AccrualResult['payments'];
  /** Which rules produced these numbers, with their citations. */
  rules: AccrualResult['rulesApplied'];
  costOfWaiting: CostOfWaiting;
}

/** The engine's input for a liability as the calculator's requests describe it. */
function liabilityOf(dto: LiabilityDto, rules: RuleTables): ProjectionInput {
  return {
    taxType: dto.taxType,
    tax: dto.tax,
    dueDate: dto.dueDate,
    payments: dto.payments ?? [],
    penaltyWaived: dto.penaltyWaived ?? null,
    extendedDueDate: dto.extendedDueDate ?? null,
    penaltyKind: dto.penaltyKind ?? null,
    rules,
  };
}

/** Thin: every number and date comes from libs/domain, under the firm's effective rules. */
@Injectable()
export class CalculatorService {
  constructor(private readonly clock: Clock) {}

  quote(rules: RuleTables, dto: QuoteDto): QuoteView {
    const liability = liabilityOf(dto, rules);
    const result = accrue({ ...liability, asOf: dto.asOf });
    return {
      timelyThrough: result.timelyThrough,
      months: result.monthsLate,
      tax: result.tax,
      penalty: result.penalty,
      penaltyWaived: result.penaltyWaived,
      interest: result.interest,
      paid: result.paid,
      total: result.total,
      credit: result.credit,
      unpaid: result.unpaid,
      breakdown: result.breakdown,
      payments: result.payments,
      rules: result.rulesApplied,
      costOfWaiting: costOfWaiting(liability, dto.asOf),
    };
  }

  projection(rules: RuleTables, dto: ProjectionDto): { runs: PayoffRun[] } {
    const liability = liabilityOf(dto, rules);
    return { runs: projectPayoffByDay(liability, { from: dto.from, to: dto.to }) };
  }

  deadlines(rules: RuleTables, dto: DeadlinesDto): { deadlines: Deadline[] } {
    return {
      deadlines: deadlinesForNotice({
        kind: dto.noticeKind,
        noticeDate: dto.noticeDate,
        receivedDate: dto.receivedDate ?? null,
        taxType: dto.taxType ?? null,
        rules,
      }),
    };
  }

  installmentPlan(rules: RuleTables, dto: InstallmentPlanDto): InstallmentSchedule {
    const today = this.clock.today();
    // A figure given without its day is what is owed today: months that begin before a later start still accrue.
    const asOf = dto.penaltyAndInterestAsOf ?? (dto.penaltyAndInterestAlreadyDue !== undefined && today <= dto.startDate ? today : null);
    return installmentSchedule({
      ...dto,
      penaltyAndInterestAlreadyDue: dto.penaltyAndInterestAlreadyDue ?? null,
      penaltyAndInterestAsOf: asOf,
      rules,
    });
  }
}
