import { HttpErrorResponse } from '@angular/common/http';
import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { ResolutionView } from '@nutmeg/contracts';
import { DEFAULT_RULES } from '@nutmeg/domain';
import { type Observable, of, throwError } from 'rxjs';
import { TODAY } from '../calculator/today';
import { type ResolutionResult, ResolutionsApi } from '../core/api/resolutions.api';
import { find, noticeView, textOf, typeInto } from '../testing/fixtures';
import { OFFER_WARNING, OfferForm } from './offer-form';
import { PaymentForm } from './payment-form';
import { PlanForm } from './plan-form';

function failure(status: number, body: object): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { statusCode: status, ...body } });
}

function result(type: ResolutionView['type']): ResolutionResult {
  const resolution: ResolutionView = {
    id: 'r-1',
    noticeId: 'n-1',
    type,
    status: 'requested',
    allowedNextStatuses: ['approved', 'denied'],
    amount: '2500.00',
    date: '2026-11-25',
    details: {},
    installments: [],
    warnings: [],
    createdBy: null,
    version: 1,
    createdAt: '2026-11-25T15:00:00.000Z',
    updatedAt: '2026-11-25T15:00:00.000Z',
  };
  return { resolution, notice: noticeView({ version: 2 }) };
}

describe('resolution forms', () => {
  let api: { record: jest.Mock };

  async function render<T>(component: Type<T>, extra: Record<string, unknown> = {}) {
    api = { record: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideNoopAnimations(),
        { provide: ResolutionsApi, useValue: api },
        { provide: TODAY, useValue: () => '2026-11-25' },
      ],
    });
    const fixture: ComponentFixture<T> = TestBed.createComponent(component);
    fixture.componentRef.setInput('notice', noticeView());
    for (const [name, value] of Object.entries(extra)) fixture.componentRef.setInput(name, value);
    const recorded: ResolutionResult[] = [];
    (fixture.componentInstance as { recorded: { subscribe(fn: (r: ResolutionResult) => void): void } }).recorded.subscribe(
      (r) => recorded.push(r),
    );
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, recorded };
  }

  function submit(element: HTMLElement): void {
    find<HTMLFormElement>(element, 'form').dispatchEvent(new Event('submit'));
  }

  describe('PaymentForm', () => {
    it('sends the amount as a 2-decimal string and hands back what the api recorded', async () => {
      const { fixture, element, recorded } = await render(PaymentForm);
      const answer = result('payment');
      api.record.mockReturnValue(of(answer));

      typeInto(find(element, '[data-testid=payment-amount]'), '$1,250.5');
      submit(element);
      await fixture.whenStable();

      expect(api.record).toHaveBeenCalledWith('n-1', 'payment', {
        amount: '1250.50',
        date: '2026-11-25',
        method: 'myconnect',
      });
      expect(recorded).toEqual([answer]);
    });

    it('refuses an amount that is not dollars and cents beside the field, without asking the api', async () => {
      const { fixture, element } = await render(PaymentForm);

      typeInto(find(element, '[data-testid=payment-amount]'), '12.345');
      submit(element);
      await fixture.whenStable();

      expect(api.record).not.toHaveBeenCalled();
      expect(textOf(find(element, 'mat-error'))).toBe('Enter an amount above zero in dollars and cents, like 2000.00.');
    });

    it("puts the api's field errors next to their fields", async () => {
      const { fixture, element, recorded } = await render(PaymentForm);
      api.record.mockReturnValue(
        throwError(() =>
          failure(400, {
            error: 'Bad Request',
            message: 'date must not be after today (2026-11-25); record payments once made',
            fields: { date: ['date must not be after today (2026-11-25); record payments once made'] },
          }),
        ),
      );

      typeInto(find(element, '[data-testid=payment-amount]'), '100');
      submit(element);
      await fixture.whenStable();

      const errors = Array.from(element.querySelectorAll('mat-form-field')).filter((field) =>
        field.querySelector('mat-error'),
      );
      expect(errors.length).toBe(1);
      expect(textOf(errors[0].querySelector('mat-label'))).toBe('Paid on');
      expect(textOf(errors[0].querySelector('mat-error'))).toBe(
        'Must not be after today (2026-11-25); record payments once made',
      );
      expect(recorded).toEqual([]);
    });
  });

  describe('PlanForm', () => {
    async function renderPlan() {
      return render(PlanForm, { rules: DEFAULT_RULES });
    }

    it('shows the schedule the rules engine lays out for the chosen terms', async () => {
      const { element } = await renderPlan();
      expect(element.querySelectorAll('[data-testid=plan-payment]').length).toBe(6);
      expect(textOf(find(element, '[data-testid=plan-monthly]'))).toMatch(/^\$[\d,]+\.\d\d$/);
      // The first payment two weeks out, the others a month apart.
      const dates = Array.from(element.querySelectorAll('[data-testid=plan-payment] td:nth-child(2)')).map(textOf);
      expect(dates.slice(0, 2)).toEqual(['2026-12-09', '2027-01-09']);
    });

    it('shows a refusal with its reasons, then requests the plan anyway with the reason given', async () => {
      const { fixture, element, recorded } = await renderPlan();
      const reason = 'installment plan: the balance of $19,227.00 is over the $10,000.00 limit';
      api.record.mockReturnValueOnce(
        throwError(() => failure(422, { error: 'Unprocessable Entity', message: 'Not open', reasons: [reason] })),
      );

      submit(element);
      await fixture.whenStable();

      expect(textOf(find(element, '[data-testid=plan-refusal]'))).toContain(reason);
      const override = find<HTMLTextAreaElement>(element, '[data-testid=plan-override]');

      // Too short a reason is refused beside the field.
      typeInto(override, 'agreed');
      submit(element);
      await fixture.whenStable();
      expect(api.record).toHaveBeenCalledTimes(1);
      expect(textOf(find(element, 'mat-error'))).toContain('at least 10 characters');

      const answer: Observable<ResolutionResult> = of(result('installment_plan'));
      api.record.mockReturnValueOnce(answer);
      typeInto(override, 'DRS agreed to a plan by phone');
      submit(element);
      await fixture.whenStable();

      expect(api.record).toHaveBeenLastCalledWith('n-1', 'installment_plan', {
        months: 6,
        startDate: '2026-12-09',
        requestedOn: '2026-11-25',
        unfiledReturns: false,
        override: { reason: 'DRS agreed to a plan by phone' },
      });
      expect(recorded.length).toBe(1);
    });

    it('puts a field error from the api beside the start date', async () => {
      const { fixture, element } = await renderPlan();
      api.record.mockReturnValue(
        throwError(() =>
          failure(400, {
            error: 'Bad Request',
            message: 'startDate must be a calendar date',
            fields: { startDate: ['startDate must be a calendar date'] },
          }),
        ),
      );
      submit(element);
      await fixture.whenStable();
      expect(textOf(find(element, 'mat-error'))).toBe('Must be a calendar date');
    });
  });

  describe('OfferForm', () => {
    it('warns that an offer stops no deadline, before anything is sent', async () => {
      const { element } = await render(OfferForm);
      expect(textOf(find(element, '[data-testid=offer-warning]'))).toBe(OFFER_WARNING);
      expect(OFFER_WARNING).toContain('stops no deadline');
    });
  });
});
