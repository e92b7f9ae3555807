import { NOTICE_REASONS, NOTICE_STATUSES } from '@nutmeg/contracts';
import { addDays, IsoDate, NOTICE_KINDS, TaxType } from '@nutmeg/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import Decimal from 'decimal.js';
import { CreateNoticeDto } from '../notices/dto/notice-write.dto';
import { generateClients } from './demo-clients';
import { GeneratedNotice, generateNotices, NoticeGeneratorClient, NoticeGeneratorUser } from './notice-generator';

const AS_OF = '2026-11-25' as IsoDate;
const BUSINESS_TAXES: readonly TaxType[] = ['sales', 'business_withholding', 'business_use', 'corporation', 'other'];
const INDIVIDUAL_TAXES: readonly TaxType[] = ['individual_income', 'individual_use', 'other'];
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('generateNotices', () => {
  const clients: NoticeGeneratorClient[] = generateClients(300, 7).map((client, index) => ({
    id: uuid(index),
    kind: client.kind,
    ctAccountNumber: client.ctAccountNumber,
  }));
  const users: NoticeGeneratorUser[] = [
    { id: uuid(9001), role: 'manager' },
    { id: uuid(9002), role: 'practitioner' },
    { id: uuid(9003), role: 'assistant' },
  ];
  const generate = (count: number, seed = 11) => [...generateNotices({ clients, users, count, asOf: AS_OF, seed })];
  const notices = generate(3000);
  const clientOf = (notice: GeneratedNotice) => clients.find((client) => client.id === notice.clientId);

  it('is deterministic for a seed, and a larger set starts with the smaller one', () => {
    expect(generate(3000)).toEqual(notices);
    expect(generate(100)).toEqual(notices.slice(0, 100));
    expect(generate(100, 12)).not.toEqual(notices.slice(0, 100));
  });

  it('covers every notice kind, workflow status and reason', () => {
    expect(new Set(notices.map((notice) => notice.kind))).toEqual(new Set(NOTICE_KINDS));
    expect(new Set(notices.map((notice) => notice.status))).toEqual(new Set(NOTICE_STATUSES));
    expect(new Set(notices.map((notice) => notice.reason))).toEqual(new Set([...NOTICE_REASONS, null]));
  });

  it('leaves out resolved and closed cases when asked for open ones only', () => {
    const open = [...generateNotices({ clients, users, count: 2_000, asOf: AS_OF, seed: 11, openOnly: true })].map((notice) => notice.status);
    expect(new Set(open)).toEqual(new Set(NOTICE_STATUSES.filter((status) => status !== 'resolved' && status !== 'closed_no_action')));
  });

  it('produces notices the api itself accepts at intake', () => {
    for (const notice of notices.slice(0, 500)) {
      const dto = plainToInstance(CreateNoticeDto, {
        ...notice,
        status: undefined,
        assigneeId: notice.assigneeId ?? undefined,
        receivedDate: notice.receivedDate ?? undefined,
        reason: notice.reason ?? undefined,
      });
      expect(validateSync(dto, { whitelist: true, forbidNonWhitelisted: false })).toEqual([]);
    }
  });

  it('fits the tax type to the kind and to the client', () => {
    for (const notice of notices) {
      const client = clientOf(notice);
      if (notice.kind === 'individual_income_balance_due' || notice.kind === 'wage_execution_notice')
        expect(notice.taxType).toBe('individual_income');
      if (notice.kind === 'business_tax_balance_due') expect(BUSINESS_TAXES).toContain(notice.taxType);
      expect(client?.kind === 'business' ? BUSINESS_TAXES : INDIVIDUAL_TAXES).toContain(notice.taxType);
      if (client?.kind === 'business')
        expect(['individual_income_balance_due', 'wage_execution_notice']).not.toContain(notice.kind);
      else expect(notice.kind).not.toBe('business_tax_balance_due');
    }
  });

  it('dates notices over the 18 months before the as-of day, received a few days later, for periods already due', () => {
    for (const notice of notices) {
      expect(notice.noticeDate >= addDays(AS_OF, -548) && notice.noticeDate <= AS_OF).toBe(true);
      if (notice.receivedDate) {
        expect(notice.receivedDate >= notice.noticeDate && notice.receivedDate <= addDays(notice.noticeDate, 9)).toBe(
          true,
        );
        expect(notice.receivedDate <= AS_OF).toBe(true);
      }
      expect(notice.taxDueDate < notice.noticeDate).toBe(true);
      expect(notice.taxPeriods.length).toBeGreaterThanOrEqual(1);
      for (const period of notice.taxPeriods)
        expect(period.quarter !== undefined && period.month !== undefined).toBe(false);
    }
    const oldest = notices.reduce((min, notice) => (notice.noticeDate < min ? notice.noticeDate : min), AS_OF);
    expect(oldest < addDays(AS_OF, -500)).toBe(true);
    expect(notices.filter((notice) => notice.receivedDate === null).length).toBeGreaterThan(0);
  });

  it('states exact amounts: tax $50–$40,000, a 10% penalty, interest, and a balance that adds up', () => {
    for (const { stated } of notices) {
      for (const amount of [stated.tax, stated.penalty, stated.interest, stated.credits, stated.balanceDue])
        expect(amount).toMatch(/^\d+\.\d{2}$/);
      const tax = new Decimal(stated.tax);
      expect(tax.gte(50) && tax.lte(40_000)).toBe(true);
      expect(new Decimal(stated.penalty).equals(tax.div(10).toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
      expect(new Decimal(stated.credits).lte(tax.div(2))).toBe(true);
      const sum = tax.plus(stated.penalty).plus(stated.interest).minus(stated.credits);
      expect(sum.toFixed(2)).toBe(stated.balanceDue);
    }
    expect(notices.some((notice) => notice.stated.credits !== '0.00')).toBe(true);
    expect(notices.some((notice) => new Decimal(notice.stated.tax).gt(10_000))).toBe(true);
    expect(notices.some((notice) => new Decimal(notice.stated.tax).lt(500))).toBe(true);
  });

  it('gives every notice of the firm its own correspondence ID, and the client its account number', () => {
    const ids = new Set(notices.map((notice) => notice.correspondenceId));
    expect(ids.size).toBe(notices.length);
    for (const notice of notices) {
      expect(notice.correspondenceId).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]{4,18}[A-Za-z0-9]$/);
      expect(notice.correspondenceId).toBe(notice.correspondenceId.toUpperCase());
      expect(notice.accountNumber).toBe(clientOf(notice)?.ctAccountNumber);
    }
  });

  it('assigns cases to practitioners and managers only, leaving many new ones for triage', () => {
    const assignable = new Set([uuid(9001), uuid(9002)]);
    for (const notice of notices) if (notice.assigneeId !== null) expect(assignable.has(notice.assigneeId)).toBe(true);
    const fresh = notices.filter((notice) => notice.status === 'new');
    expect(fresh.filter((notice) => notice.assigneeId === null).length).toBeGreaterThan(fresh.length / 2);
    expect(notices.filter((notice) => notice.status === 'resolved').every((notice) => notice.assigneeId !== null)).toBe(
      true,
    );
    const withoutStaff = [...generateNotices({ clients, users: [users[2]], count: 50, asOf: AS_OF, seed: 1 })];
    expect(withoutStaff.every((notice) => notice.assigneeId === null)).toBe(true);
  });
});
