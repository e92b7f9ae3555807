import { TestBed } from '@angular/core/testing';
import { poaGrid, poaView } from '../calls/call-fixtures';
import { textOf } from '../testing/fixtures';
import { PoaGrid } from './poa-grid';

const PAUL = { id: 'u-paul', fullName: 'Paul Practitioner' };

async function render(grid: ReturnType<typeof poaGrid>, poas = [poaView()]): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(PoaGrid);
  fixture.componentRef.setInput('grid', grid);
  fixture.componentRef.setInput('poas', poas);
  await fixture.whenStable();
  return fixture.nativeElement;
}

function cell(element: HTMLElement, taxType: string, period: string): HTMLElement {
  const found = element.querySelector<HTMLElement>(`td[data-tax-type=${taxType}][data-period="${period}"]`);
  if (!found) throw new Error(`no cell for ${taxType} ${period}`);
  return found;
}

describe('PoaGrid', () => {
  it('shows tax types by periods: who covers each, expiring soon and expired apart from uncovered', async () => {
    const element = await render(
      poaGrid({
        periods: ['2023', '2024', '2025-Q2'],
        rows: [
          {
            taxType: 'individual_income',
            cells: [
              {
                period: '2023',
                poa: { id: 'poa-2', representative: PAUL, expiresOn: '2026-12-15', daysToExpiry: 20, expiringSoon: true },
              },
              {
                period: '2024',
                poa: { id: 'poa-3', representative: PAUL, expiresOn: null, daysToExpiry: null, expiringSoon: false },
              },
              { period: '2025-Q2', poa: null },
            ],
          },
          { taxType: 'sales', cells: [{ period: '2023', poa: null }, { period: '2024', poa: null }, { period: '2025-Q2', poa: null }] },
        ],
      }),
      [
        poaView({
          id: 'poa-old',
          representative: { id: 'u-ada', fullName: 'Ada Assistant' },
          periods: [{ year: 2025 }],
          periodLabels: ['2025'],
          status: 'expired',
          expiresOn: '2026-06-30',
          daysToExpiry: -148,
        }),
      ],
    );

    const headers = Array.from(element.querySelectorAll('thead th'), (th) => textOf(th));
    expect(headers).toEqual(['Tax type', '2023', '2024', '2025-Q2']);
    expect(Array.from(element.querySelectorAll('tbody th'), (th) => textOf(th))).toEqual([
      'Individual income tax',
      'Sales tax',
    ]);

    // Within 30 days of its expiry: highlighted, and said in words.
    const soon = cell(element, 'individual_income', '2023');
    expect(soon.dataset['state']).toBe('expiring');
    expect(textOf(soon)).toContain('Paul Practitioner');
    expect(textOf(soon)).toContain('expires in 20 days');

    const covered = cell(element, 'individual_income', '2024');
    expect(covered.dataset['state']).toBe('covered');
    expect(textOf(covered)).toContain('no expiry');

    // The grid lists authorizations in force; the expired one that covered 2025 is shown as expired.
    const expired = cell(element, 'individual_income', '2025-Q2');
    expect(expired.dataset['state']).toBe('expired');
    expect(textOf(expired)).toContain("Ada Assistant's POA expired on Jun 30, 2026");

    const none = cell(element, 'sales', '2024');
    expect(none.dataset['state']).toBe('none');
    expect(textOf(none)).toContain('Sales tax 2024: no POA in force');
  });

  it('says so when the client has no tax matters on file', async () => {
    const element = await render(poaGrid(), []);
    expect(element.querySelector('[data-testid=poa-grid]')).toBeNull();
    expect(textOf(element.querySelector('[data-testid=poa-grid-empty]'))).toContain('No tax matters on file yet');
  });
});
