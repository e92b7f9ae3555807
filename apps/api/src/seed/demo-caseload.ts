import { Injectable, Logger } from '@nestjs/common';
import { NoticeStatus } from '@nutmeg/contracts';
import { addDays, IsoDate, NOTICE_KINDS, NoticeKind, TaxType } from '@nutmeg/domain';
import { CallsService } from '../calls/calls.service';
import { CreateCallDto } from '../calls/dto/call-write.dto';
import { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { DocumentsService } from '../documents/documents.service';
import { CreateNoticeDto } from '../notices/dto/notice-write.dto';
import { NoticesService } from '../notices/notices.service';
import { CreatePoaDto } from '../poa/dto/poa-write.dto';
import { PoaService } from '../poa/poa.service';
import { ResolutionsService } from '../resolutions/resolutions.service';
import { SweepService } from '../sweeps/sweep.service';
import { reasonFor } from './notice-generator';
import { SeededRandom } from './seeded-random';

export interface DemoCast {
  manager: Actor;
  practitioner: Actor;
  assistant: Actor;
  clients: Array<{ id: string; kind: 'individual' | 'business'; legalName: string }>;
}

// The walk through the workflow each status needs, from "new".
const PATH: Record<NoticeStatus, NoticeStatus[]> = {
  new: [],
  triage: ['triage'],
  verifying: ['triage', 'verifying'],
  awaiting_documents: ['triage', 'awaiting_documents'],
  response_in_progress: ['triage', 'response_in_progress'],
  awaiting_drs: ['triage', 'response_in_progress', 'awaiting_drs'],
  resolved: ['triage', 'response_in_progress', 'resolved'],
  closed_no_action: ['closed_no_action'],
};
const STATUSES = Object.keys(PATH) as NoticeStatus[];

// Notices that only one kind of taxpayer receives (DOMAIN.md): the rest go to anyone.
const BUSINESS_ONLY: readonly NoticeKind[] = ['business_tax_balance_due'];
const INDIVIDUAL_ONLY: readonly NoticeKind[] = ['individual_income_balance_due', 'wage_execution_notice'];

/** The index-th client that can receive this kind of notice, so a business tax notice never names a person. */
function clientFor(clients: DemoCast['clients'], kind: NoticeKind, index: number): DemoCast['clients'][number] {
  const wanted = BUSINESS_ONLY.includes(kind) ? 'business' : INDIVIDUAL_ONLY.includes(kind) ? 'individual' : null;
  const fitting = wanted ? clients.filter((client) => client.kind === wanted) : clients;
  return fitting[index % fitting.length];
}

/** A one-page PDF, so the demo's documents open in a browser. */
const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * The demo firm's caseload, built through the same services the api uses (so deadlines, figures, audit
 * trail and alerts are all real): ~60 notices of every kind and status, some overdue, POAs (one expiring
 * soon, one client with calls but no POA), calls, resolutions (an active plan, a defaulted one, a pending
 * waiver, a filed protest, a paid case) and documents. Dates are relative to today.
 */
@Injectable()
export class DemoCaseload {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly notices: NoticesService,
    private readonly resolutions: ResolutionsService,
    private readonly poa: PoaService,
    private readonly calls: CallsService,
    private readonly documents: DocumentsService,
    private readonly sweeps: SweepService,
    private readonly clock: Clock,
  ) {}

  async seed(cast: DemoCast): Promise<number> {
    const today = this.clock.today();
    const random = new SeededRandom(60);
    const created: Array<{ id: string; kind: NoticeKind; clientId: string; version: number }> = [];
    for (let index = 0; index < 60; index++) {
      const kind = NOTICE_KINDS[index % NOTICE_KINDS.length];
      const client = clientFor(cast.clients, kind, index);
      const business = client.kind === 'business';
      const taxType: TaxType = business ? (['sales', 'business_withholding', 'business_use'] as const)[index % 3] : 'individual_income';
      const noticeDate = addDays(today, -random.int(1, kind === 'proposed_assessment' ? 50 : 120));
      const tax = random.int(300, 18_000);
      // Received a few days after its date, unless that is still ahead (a notice dated this week).
      const receivedDate = addDays(noticeDate, random.int(2, 5));
      const dto: CreateNoticeDto = {
        clientId: client.id,
        kind,
        taxType,
        taxPeriods: business ? [{ year: 2025, quarter: (1 + (index % 4)) as 1 | 2 | 3 | 4 }] : [{ year: 2024 }],
        noticeDate,
        receivedDate: receivedDate > today ? undefined : receivedDate,
        accountNumber: String(100_000_000 + index * 7919),
        correspondenceId: `L${String(2_026_000 + index * 37).padStart(8, '0')}`,
        reason: reasonFor(random, kind, business),
        stated: {
          tax: `${tax}.00`,
          penalty: `${Math.round(tax * 0.1)}.00`,
          interest: `${Math.round(tax * 0.06)}.00`,
          credits: '0.00',
          balanceDue: `${tax + Math.round(tax * 0.1) + Math.round(tax * 0.06)}.00`,
        },
        assigneeId: index % 6 === 5 ? undefined : index % 4 === 3 ? cast.manager.userId : cast.practitioner.userId,
      } as CreateNoticeDto;
      const notice = await this.notices.create(cast.manager, dto);
      let version = notice.version;
      for (const to of PATH[STATUSES[index % STATUSES.length]]) {
        version = (await this.notices.transition(cast.manager, notice.id, { to, version })).version;
      }
      created.push({ id: notice.id, kind, clientId: client.id, version });
    }

    // The legitimacy checklist: most verified, one that looks like a scam.
    for (const notice of created.slice(0, 12)) {
      await this.notices.setCheck(cast.assistant, notice.id, 'correspondence_id', { result: 'passed' });
      await this.notices.setCheck(cast.assistant, notice.id, 'payable_to_commissioner', { result: 'passed' });
    }
    await this.notices.setCheck(cast.assistant, created[13].id, 'payment_address_matches_drs_site', {
      result: 'failed',
      note: 'Asks for payment by gift card to a Florida address',
    });

    await this.seedResolutions(cast, created, today);
    await this.seedPoasAndCalls(cast, created, today);
    for (const notice of created.slice(0, 6)) {
      await this.documents.upload(cast.assistant, { clientId: notice.clientId, noticeId: notice.id, type: 'notice_scan', title: 'DRS notice (scan)', receivedDate: today }, {
        originalname: 'notice.pdf',
        mimetype: 'application/pdf',
        size: DEMO_PDF.length,
        buffer: DEMO_PDF,
      });
    }
    await this.sweeps.run({ trigger: 'manual', firmId: cast.manager.firmId, asOf: today });
    this.logger.log(`Demo caseload: ${created.length} notices with POAs, calls, resolutions and documents`);
    return created.length;
  }

  private async seedResolutions(cast: DemoCast, created: Array<{ id: string; kind: NoticeKind }>, today: IsoDate): Promise<void> {
    const actor = cast.practitioner;
    const byKind = (kind: NoticeKind, nth = 0) => created.filter((notice) => notice.kind === kind)[nth];
    // An active installment plan.
    const active = await this.resolutions.requestInstallmentPlan(actor, byKind('individual_income_balance_due').id, { months: 6, startDate: addDays(today, 10) });
    await this.resolutions.changeStatus(actor, active.resolution.id, { to: 'approved', version: active.resolution.version });
    // A defaulted one: approved, then a payment missed.
    const defaulted = await this.resolutions.requestInstallmentPlan(actor, byKind('installment_default').id, { months: 4, startDate: addDays(today, 3), override: { reason: 'Client re-applied after the earlier default; DRS agreed by phone' } });
    await this.resolutions.changeStatus(actor, defaulted.resolution.id, { to: 'approved', version: defaulted.resolution.version });
    await this.resolutions.missInstallment(actor, defaulted.resolution.id, 1);
    // A penalty waiver waiting on DRS.
    const waiver = await this.resolutions.requestPenaltyWaiver(actor, byKind('business_tax_balance_due').id, {
      reasonCategory: 'illness',
      narrative: 'The owner was hospitalised during the filing period; the bookkeeper resigned the same month.',
      documents: ['Hospital discharge summary', 'Resignation letter'],
    });
    await this.resolutions.changeStatus(actor, waiver.resolution.id, { to: 'submitted', version: waiver.resolution.version });
    // A protest filed with the Appellate Division.
    await this.resolutions.fileProtest(actor, byKind('proposed_assessment').id, {
      level: 'appellate_division',
      grounds: 'The unreported wages were reported on an amended return filed in May.',
      filedOn: today,
    });
    // A case paid in full.
    const paid = byKind('r859_referral', 1);
    const current = await this.notices.get(actor, paid.id);
    await this.resolutions.recordPayment(actor, paid.id, { amount: current.figures.balanceNow, date: today, method: 'myconnect', confirmation: 'MYCT-2026-118844' });
  }

  private async seedPoasAndCalls(cast: DemoCast, created: Array<{ id: string; clientId: string }>, today: IsoDate): Promise<void> {
    const clients = [...new Set(created.map((notice) => notice.clientId))];
    for (const [index, clientId] of clients.slice(0, 12).entries()) {
      const client = cast.clients.find((candidate) => candidate.id === clientId);
      const business = client?.kind === 'business';
      await this.poa.create(cast.assistant, {
        clientId,
        representativeId: cast.practitioner.userId,
        taxTypes: business ? ['sales', 'business_withholding', 'business_use'] : ['individual_income'],
        periods: [{ fromYear: 2019, toYear: 2026 }],
        powers: ['receive_refund_checks'],
        status: 'active',
        signedOn: addDays(today, -300),
        filedOn: addDays(today, -298),
        confirmationNumber: `LGL-${4_400 + index}`,
        effectiveOn: addDays(today, -298),
        // One expires in three weeks: the sweep warns about it.
        expiresOn: index === 0 ? addDays(today, 21) : addDays(today, 700),
      } as CreatePoaDto);
    }
    const call = (caller: Actor, clientId: string, noticeId: string | null, extra: Partial<CreateCallDto>) =>
      this.calls.create(caller, {
        clientId,
        noticeId,
        line: 'greater_hartford',
        purpose: 'Confirm the balance and the referral date',
        outcome: 'info_obtained',
        holdMinutes: 12,
        talkMinutes: 9,
        drsEmployeeName: 'Agent Morales',
        ...extra,
      } as CreateCallDto);
    for (const notice of created.slice(0, 6).filter((n) => clients.slice(0, 12).includes(n.clientId))) {
      await call(cast.practitioner, notice.clientId, notice.id, { followUpOn: addDays(today, 7), outcome: 'callback_promised', drsPromises: 'Will hold the referral for 10 days' });
    }
    // An assistant's call for a client with no POA naming her: accepted only as acknowledged, and flagged.
    const unrepresented = created.find((notice) => !clients.slice(0, 12).includes(notice.clientId));
    if (unrepresented) {
      await call(cast.assistant, unrepresented.clientId, unrepresented.id, { acknowledgeNoPoa: true, notes: 'DRS discussed the balance although no LGL-001 is on file yet' });
    }
  }
}
