import { connecticutLegalHolidays, irsLegalHolidays } from '../../holidays/legal-holidays';
import { deadlinesForNotice } from '../notice-deadlines';

// Juneteenth is a Connecticut legal holiday from 2023 (P.A. 22-128, effective October 1, 2022; Conn. Gen.
// Stat. §1-4) and a federal/D.C. one from 2021 (Pub. L. 117-17). Applied to earlier years it moves an old
// period's deadline a day later than the law allowed.
describe('scenario: Juneteenth counts only from the year it became a legal holiday', () => {
  const protest = (taxType: 'sales' | 'individual_income') =>
    deadlinesForNotice({ kind: 'business_tax_balance_due', noticeDate: '2022-04-21', taxType }).find(
      (deadline) => deadline.kind === 'written_protest',
    );

  it('a 2022 sales-tax protest due Monday June 20, 2022 stays there (not yet a Connecticut holiday)', () => {
    expect(protest('sales')).toMatchObject({ computedDate: '2022-06-20', dueDate: '2022-06-20', rolledForward: false });
  });

  it('an income-tax one moves to June 21, 2022: the federal holiday (observed Monday) counts under §12-39a(b)', () => {
    const deadline = protest('individual_income');
    expect(deadline).toMatchObject({ computedDate: '2022-06-20', dueDate: '2022-06-21', rolledForward: true });
    expect(deadline?.rollReason).toContain('IRS legal holiday');
  });

  it('lists Connecticut Juneteenth from 2023 and the federal one from 2021', () => {
    const names = (list: readonly { name: string }[]) => list.map((holiday) => holiday.name).join('|');
    expect(names(connecticutLegalHolidays(2022))).not.toContain('Juneteenth');
    expect(names(connecticutLegalHolidays(2023))).toContain('Juneteenth');
    expect(names(irsLegalHolidays(2020))).not.toContain('Juneteenth');
    expect(irsLegalHolidays(2021).map((holiday) => holiday.date)).toContain('2021-06-18');
  });

  it('keeps D.C. Emancipation Day out of years before 2005', () => {
    expect(irsLegalHolidays(2004).map((holiday) => holiday.name)).not.toContain('D.C. Emancipation Day');
    expect(irsLegalHolidays(2005).map((holiday) => holiday.name)).toContain('D.C. Emancipation Day');
  });
});
