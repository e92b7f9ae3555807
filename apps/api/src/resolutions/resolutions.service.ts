import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NoticeView, RESOLUTION_LIFECYCLES, ResolutionType, ResolutionView } from '@nutmeg/contracts';
import { installmentPaymentDeadlines, installmentSchedule, IsoDate, resolutionOptions, ResolutionAssessment } from '@nutmeg/domain';
import Decimal from 'decimal.js';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { FieldValidationError } from '../common/field-validation.error';
import { FirmScopedRepository } from '../common/firm-scoped.repository';
import { assertCurrentVersion } from '../common/optimistic-lock';
import { deadlineRecordFrom } from '../deadlines/deadline-record';
import { DeadlineRecord } from '../deadlines/deadline.entity';
import { exposureOf } from '../notices/notice-figures';
import { NoticesService } from '../notices/notices.service';
import { InstallmentPaymentDto, ResolutionStatusDto } from './dto/resolution-actions.dto';
import {
  HardshipSuspensionDto,
  InstallmentPlanRequestDto,
  OfferOfCompromiseDto,
  PaymentDto,
  PenaltyWaiverDto,
  ProtestDto,
} from './dto/resolution-create.dto';
import { Installment } from './installment.entity';
import { toResolutionView } from './resolution.view';
import { Resolution } from './resolution.entity';

export interface ResolutionResult {
  resolution: ResolutionView;
  /** The notice after the change: response status, balance and deadlines moved with it. */
  notice: NoticeView;
}

const PROTEST_DEADLINE = { appellate_division: 'written_protest', superior_court: 'superior_court_appeal' } as const;

@Injectable()
export class ResolutionsService {
  private readonly resolutions: FirmScopedRepository<Resolution>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notices: NoticesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.resolutions = new FirmScopedRepository(Resolution, dataSource.manager, 'Resolution');
  }

  async listForNotice(actor: Actor, noticeId: string): Promise<ResolutionView[]> {
    await this.notices.get(actor, noticeId); // 404 for another firm's notice
    const rows = await this.dataSource.manager.find(Resolution, {
      where: { noticeId, firmId: actor.firmId },
      relations: { createdBy: true },
      order: { createdAt: 'ASC' },
    });
    const installments = await this.installmentsOf(this.dataSource.manager, rows.map((row) => row.id));
    return rows.map((row) => toResolutionView(row, installments));
  }

  /** Every option with whether it is open, why, and what it needs — from the rules engine. */
  async options(actor: Actor, noticeId: string, facts: { unfiledReturns?: boolean; withCollectionAgency?: boolean; hasWarrant?: boolean } = {}): Promise<ResolutionAssessment[]> {
    const { notice, view, rules } = await this.notices.current(actor, this.dataSource.manager, noticeId);
    const client = await this.dataSource.manager.findOneByOrFail(Client, { id: notice.clientId });
    return this.assess(notice.kind, view, client, rules, facts);
  }

  recordPayment(actor: Actor, noticeId: string, dto: PaymentDto): Promise<ResolutionResult> {
    if (dto.date > this.clock.today()) throw FieldValidationError.of('date', `must not be after today (${this.clock.today()}); record payments once made`);
    return this.create(actor, noticeId, 'payment', async () => ({
      status: 'recorded',
      amount: new Decimal(dto.amount),
      date: dto.date,
      details: { method: dto.method, confirmation: dto.confirmation ?? null, payUnderProtest: dto.payUnderProtest ?? false },
    }));
  }

  /** Checked against the rules engine's eligibility; refused with its reasons unless overridden with a reason. */
  requestInstallmentPlan(actor: Actor, noticeId: string, dto: InstallmentPlanRequestDto): Promise<ResolutionResult> {
    return this.create(actor, noticeId, 'installment_plan', async (ctx) => {
      const client = await ctx.manager.findOneByOrFail(Client, { id: ctx.notice.clientId });
      const options = this.assess(ctx.notice.kind, ctx.view, client, ctx.rules, dto);
      const plan = options.find((option) => option.option === 'installment_plan');
      if (plan && !plan.open && !dto.override) {
        throw new UnprocessableEntityException({
          message: `An installment plan is not open for this notice: ${plan.reasons.join('; ')}. A practitioner may still request one with override.reason.`,
          reasons: plan.reasons,
        });
      }
      const schedule = this.schedule(ctx, dto.months, dto.startDate);
      return {
        status: 'requested',
        amount: new Decimal(schedule.payoffTotal),
        date: dto.requestedOn ?? this.clock.today(),
        details: {
          months: dto.months,
          startDate: dto.startDate,
          monthlyAmount: schedule.monthlyAmountForTargetPayoff,
          payoffTotal: schedule.payoffTotal,
          interestDuringPlan: schedule.interestDuringPlan,
          unfiledReturns: dto.unfiledReturns ?? false,
          withCollectionAgency: dto.withCollectionAgency ?? false,
          hasWarrant: dto.hasWarrant ?? false,
          ...(dto.override ? { eligibilityOverride: dto.override.reason, eligibilityReasons: plan?.reasons ?? [] } : {}),
        },
      };
    });
  }

  requestPenaltyWaiver(actor: Actor, noticeId: string, dto: PenaltyWaiverDto): Promise<ResolutionResult> {
    return this.create(actor, noticeId, 'penalty_waiver', async () => ({
      status: 'draft',
      amount: null,
      date: null,
      details: { form: 'DRS-PW', reasonCategory: dto.reasonCategory, narrative: dto.narrative, documents: dto.documents ?? [] },
    }));
  }

  offerCompromise(actor: Actor, noticeId: string, dto: OfferOfCompromiseDto): Promise<ResolutionResult> {
    return this.create(actor, noticeId, 'offer_of_compromise', async () => ({
      status: 'draft',
      amount: new Decimal(dto.amountOffered),
      date: null,
      details: { basis: dto.basis, disclosureComplete: dto.disclosureComplete },
    }));
  }

  /** A protest filed on time meets its deadline; one filed late is recorded, flagged and says so. */
  fileProtest(actor: Actor, noticeId: string, dto: ProtestDto): Promise<ResolutionResult> {
    if (dto.filedOn > this.clock.today()) throw FieldValidationError.of('filedOn', `must not be after today (${this.clock.today()})`);
    return this.create(actor, noticeId, 'protest', async (ctx) => {
      const kind = PROTEST_DEADLINE[dto.level];
      const deadline = await ctx.manager.findOne(DeadlineRecord, { where: { noticeId, kind }, order: { dueDate: 'DESC' } });
      const late = deadline !== null && dto.filedOn > deadline.dueDate;
      // Filed in time meets it, even if a sweep has meanwhile called it missed (the filing date is what counts).
      if (deadline && !late && (deadline.status === 'open' || deadline.status === 'missed')) {
        await ctx.manager.update(DeadlineRecord, { id: deadline.id }, { status: 'met', metAt: this.clock.now() });
      }
      return {
        status: 'filed',
        amount: null,
        date: dto.filedOn,
        details: {
          level: dto.level,
          grounds: dto.grounds,
          deadline: deadline?.dueDate ?? null,
          filedLate: late,
          ...(late ? { lateNote: `Filed ${dto.filedOn}, after the ${kind.replace(/_/g, ' ')} deadline of ${deadline?.dueDate}; the assessment may already be final.` } : {}),
          ...(deadline ? {} : { deadlineNote: `No ${kind.replace(/_/g, ' ')} deadline is on file for this notice.` }),
        },
      };
    });
  }

  requestHardshipSuspension(actor: Actor, noticeId: string, dto: HardshipSuspensionDto): Promise<ResolutionResult> {
    return this.create(actor, noticeId, 'hardship_suspension', async () => ({
      status: 'requested',
      amount: null,
      date: dto.requestedOn,
      details: { documents: dto.documents ?? [] },
    }));
  }

  /** Moves along the type's lifecycle; 409 names the allowed moves. Approving a plan schedules it. */
  async changeStatus(actor: Actor, id: string, dto: ResolutionStatusDto): Promise<ResolutionResult> {
    return this.change(actor, id, dto.version, async (resolution, ctx) => {
      const allowed = RESOLUTION_LIFECYCLES[resolution.type][resolution.status] ?? [];
      if (!allowed.includes(dto.to)) {
        throw new ConflictException({
          message: `A ${resolution.type.replace(/_/g, ' ')} that is ${resolution.status} cannot become ${dto.to}; allowed: ${allowed.join(', ') || 'none (it is settled)'}`,
          allowedNextStatuses: allowed,
        });
      }
      const on = dto.on ?? this.clock.today();
      const details = { ...resolution.details, [`${dto.to}On`]: on, ...(dto.note ? { [`${dto.to}Note`]: dto.note } : {}) };
      if (resolution.type === 'penalty_waiver' && dto.to === 'approved') {
        if (!dto.amountWaived) throw FieldValidationError.of('amountWaived', 'is needed to approve a waiver');
        const penalty = new Decimal(ctx.view.figures.penaltyNow);
        if (new Decimal(dto.amountWaived).greaterThan(penalty)) {
          throw FieldValidationError.of('amountWaived', `cannot exceed the penalty (${penalty.toFixed(2)}): interest is never waived`);
        }
        resolution.amount = new Decimal(dto.amountWaived);
      }
      if (resolution.type === 'protest' && dto.to === 'decided') {
        if (!dto.outcome) throw FieldValidationError.of('outcome', 'is needed to record a decision');
        details['outcome'] = dto.outcome;
      }
      if (resolution.type === 'hardship_suspension' && dto.to === 'granted') {
        if (!dto.grantedUntil) throw FieldValidationError.of('grantedUntil', 'is needed to record a granted suspension');
        details['grantedUntil'] = dto.grantedUntil;
      }
      if (resolution.type === 'installment_plan' && dto.to === 'approved') await this.schedulePlan(ctx, resolution);
      if (['penalty_waiver', 'offer_of_compromise'].includes(resolution.type) && dto.to === 'submitted') resolution.date = on;
      resolution.status = dto.to;
      resolution.details = details;
    });
  }

  /** Records one plan payment; a payment short of the scheduled amount is recorded but still defaults. */
  async payInstallment(actor: Actor, id: string, number: number, dto: InstallmentPaymentDto): Promise<ResolutionResult> {
    return this.installmentChange(actor, id, number, async (installment, resolution, manager) => {
      installment.status = 'paid';
      installment.paidOn = dto.paidOn;
      installment.paidAmount = new Decimal(dto.amount);
      await manager.update(
        DeadlineRecord,
        { noticeId: resolution.noticeId, kind: 'installment_payment', dueDate: installment.dueDate, status: 'open' },
        { status: 'met', metAt: this.clock.now() },
      );
      const remaining = await manager.count(Installment, { where: { resolutionId: id, status: In(['scheduled', 'missed']) } });
      if (remaining === 0 && resolution.status === 'approved') resolution.status = 'completed';
    });
  }

  /** A missed payment defaults the plan (seed: enforcement restarts). */
  async missInstallment(actor: Actor, id: string, number: number): Promise<ResolutionResult> {
    return this.installmentChange(actor, id, number, async (installment, resolution, manager) => {
      installment.status = 'missed';
      await manager.update(
        DeadlineRecord,
        { noticeId: resolution.noticeId, kind: 'installment_payment', dueDate: installment.dueDate, status: 'open' },
        { status: 'missed' },
      );
      resolution.status = 'defaulted';
      resolution.details = { ...resolution.details, defaultedOn: this.clock.today(), defaultedBy: `installment ${installment.number} missed` };
    });
  }

  private async installmentChange(
    actor: Actor,
    id: string,
    number: number,
    mutate: (installment: Installment, resolution: Resolution, manager: EntityManager) => Promise<void>,
  ): Promise<ResolutionResult> {
    return this.inTransaction(async (manager) => {
      const resolution = await this.resolutions.within(manager).get(actor, id, { lock: true });
      if (resolution.type !== 'installment_plan' || resolution.status !== 'approved') {
        throw new ConflictException(`Plan payments can be recorded only on an approved installment plan (this one is ${resolution.status})`);
      }
      const installment = await manager.findOne(Installment, { where: { resolutionId: id, number } });
      if (!installment) throw FieldValidationError.of('number', `must be one of the plan's payments (1–${resolution.details['months']})`);
      if (installment.status !== 'scheduled') throw new ConflictException(`Payment ${number} is already ${installment.status}`);
      const before = await this.viewOf(manager, resolution);
      await mutate(installment, resolution, manager);
      await manager.save(installment);
      await manager.save(resolution);
      return this.finish(actor, manager, resolution, 'update', before);
    });
  }

  private async create(
    actor: Actor,
    noticeId: string,
    type: ResolutionType,
    build: (ctx: CaseContext) => Promise<Pick<Resolution, 'status' | 'amount' | 'date' | 'details'>>,
  ): Promise<ResolutionResult> {
    return this.inTransaction(async (manager) => {
      const ctx = { manager, ...(await this.notices.current(actor, manager, noticeId, true)) };
      const fields = await build(ctx);
      const resolution = await manager.save(
        manager.create(Resolution, { ...fields, firmId: actor.firmId, noticeId, type, createdById: actor.userId }),
      );
      return this.finish(actor, manager, resolution, 'create', null);
    });
  }

  private async change(
    actor: Actor,
    id: string,
    version: number,
    mutate: (resolution: Resolution, ctx: CaseContext) => Promise<void>,
  ): Promise<ResolutionResult> {
    return this.inTransaction(async (manager) => {
      const resolution = await this.resolutions.within(manager).get(actor, id, { lock: true });
      assertCurrentVersion(resolution, version, 'This resolution');
      const ctx = { manager, ...(await this.notices.current(actor, manager, resolution.noticeId, true)) };
      const before = await this.viewOf(manager, resolution);
      await mutate(resolution, ctx);
      await manager.save(resolution);
      return this.finish(actor, manager, resolution, 'update', before);
    });
  }

  /** Audits the change and lets the notice catch up (response status, balance, stored figures). */
  private async finish(
    actor: Actor,
    manager: EntityManager,
    resolution: Resolution,
    action: 'create' | 'update',
    before: ResolutionView | null,
  ): Promise<ResolutionResult> {
    const view = await this.viewOf(manager, resolution);
    await this.audit.record(manager, actor, {
      action,
      entityType: 'resolution',
      entityId: resolution.id,
      before: before ? { ...before, noticeId: resolution.noticeId } : null,
      after: { ...view, noticeId: resolution.noticeId },
    });
    const notice = await this.notices.recalculate(actor, manager, resolution.noticeId);
    return { resolution: view, notice };
  }

  private async viewOf(manager: EntityManager, resolution: Resolution): Promise<ResolutionView> {
    const fresh = await manager.findOneOrFail(Resolution, { where: { id: resolution.id }, relations: { createdBy: true } });
    return toResolutionView(fresh, await this.installmentsOf(manager, [resolution.id]));
  }

  private installmentsOf(manager: EntityManager, resolutionIds: string[]): Promise<Installment[]> {
    if (resolutionIds.length === 0) return Promise.resolve([]);
    return manager.find(Installment, { where: { resolutionId: In(resolutionIds) } });
  }

  /** The engine's schedule for what is owed now: unpaid tax accrues on; penalty and interest so far are owed. */
  private schedule(ctx: CaseContext, months: number, startDate: string) {
    const { unpaid } = ctx.view.figures;
    return installmentSchedule({
      taxType: ctx.notice.taxType,
      balance: unpaid.tax,
      penaltyAndInterestAlreadyDue: new Decimal(unpaid.penalty).plus(unpaid.interest).toFixed(2),
      // Owed as of the figures' day; months that begin before a later first payment still accrue.
      penaltyAndInterestAsOf: ctx.view.figures.asOf <= startDate ? ctx.view.figures.asOf : null,
      dueDate: ctx.notice.taxDueDate,
      months,
      startDate,
      rules: ctx.rules,
    });
  }

  /** Approving a plan stores its dated payments and puts each on the notice as a hard deadline. */
  private async schedulePlan(ctx: CaseContext, resolution: Resolution): Promise<void> {
    const months = Number(resolution.details['months']);
    const startDate = String(resolution.details['startDate']);
    const schedule = this.schedule(ctx, months, startDate);
    await ctx.manager.save(
      schedule.payments.map((payment) =>
        ctx.manager.create(Installment, {
          firmId: resolution.firmId,
          resolutionId: resolution.id,
          number: payment.number,
          dueDate: payment.date,
          amount: new Decimal(payment.amount),
          status: 'scheduled',
        }),
      ),
    );
    const deadlines = installmentPaymentDeadlines({ startDate: startDate as IsoDate, months, taxType: ctx.notice.taxType, rules: ctx.rules });
    await ctx.manager.save(
      deadlines.map((deadline) => deadlineRecordFrom(ctx.manager, { firmId: resolution.firmId, noticeId: resolution.noticeId }, deadline)),
    );
    resolution.amount = new Decimal(schedule.payoffTotal);
    resolution.details = { ...resolution.details, monthlyAmount: schedule.monthlyAmountForTargetPayoff, payoffTotal: schedule.payoffTotal };
  }

  private assess(
    kind: CaseContext['notice']['kind'],
    view: NoticeView,
    client: Client,
    rules: CaseContext['rules'],
    facts: { unfiledReturns?: boolean; withCollectionAgency?: boolean; hasWarrant?: boolean },
  ): ResolutionAssessment[] {
    return resolutionOptions({
      noticeKind: kind,
      taxType: view.taxType as CaseContext['notice']['taxType'],
      noticeDate: view.noticeDate,
      asOf: view.figures.asOf,
      balance: view.figures.balanceNow,
      deadlines: view.deadlines.filter((d) => d.status === 'open').map((d) => ({ kind: d.kind as never, dueDate: d.dueDate })),
      exposure: exposureOf(client),
      unfiledReturns: facts.unfiledReturns ?? false,
      // Left out, the engine reads them from the case (an R-859 past referral, a levy or wage execution).
      withCollectionAgency: facts.withCollectionAgency ?? null,
      hasWarrant: facts.hasWarrant ?? null,
      responseStatus: view.responseStatus as never,
      penaltyAmount: view.figures.penaltyNow,
      unpaidTaxAndInterest: new Decimal(view.figures.unpaid.tax).plus(view.figures.unpaid.interest).toFixed(2),
      rules,
    });
  }

  private inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}

type CaseContext = { manager: EntityManager } & Awaited<ReturnType<NoticesService['current']>>;
