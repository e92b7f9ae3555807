import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { NoticeView } from '@nutmeg/contracts';
import { deadlineView, find, mechanismRisk, noticeView, textOf } from '../testing/fixtures';
import { BoardCard, cardSummary, deadlineTone } from './board-card';

async function renderCard(notice: NoticeView): Promise<HTMLElement> {
  // The client's name links to the case page.
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(BoardCard);
  fixture.componentRef.setInput('notice', notice);
  await fixture.whenStable();
  return fixture.nativeElement;
}

function withDeadline(daysLeft: number): NoticeView {
  const base = noticeView();
  return noticeView({ figures: { ...base.figures, nextDeadline: deadlineView({ daysLeft }) } });
}

describe('BoardCard', () => {
  it('shows the client, the notice in words, the balance now in dollars and the assignee initials', async () => {
    const element = await renderCard(
      noticeView({
        taxPeriods: [
          { year: 2024, quarter: 2 },
          { year: 2024, month: 7 },
        ],
      }),
    );

    expect(textOf(find(element, '[data-testid=card-client]'))).toBe('Jane Q. Taxpayer');
    expect(textOf(element)).toContain('Income tax balance due');
    expect(textOf(element)).toContain('Individual income tax · Q2 2024, Jul 2024');
    expect(textOf(find(element, '[data-testid=card-balance]'))).toBe('$2,412.35');
    expect(textOf(find(element, '.assignee'))).toBe('PO');
    expect(find(element, '.assignee').getAttribute('aria-label')).toBe('Assigned to Paul Ortiz');
    expect(element.querySelector('[data-testid=card-scam]')).toBeNull();
  });

  it('colours each escalation chip by its level, in the board order', async () => {
    const base = noticeView();
    const element = await renderCard(
      noticeView({
        figures: {
          ...base.figures,
          risk: {
            score: 90,
            level: 'critical',
            topMechanism: 'bank_levy',
            mechanisms: [
              mechanismRisk('private_collection', 'low'),
              mechanismRisk('bank_levy', 'critical', ['Known bank accounts', 'Balance over $1,000']),
              mechanismRisk('lien', 'high'),
              mechanismRisk('wage_garnishment', 'elevated'),
              mechanismRisk('asset_seizure', 'critical'),
            ],
          },
        },
      }),
    );

    const chips = Array.from(element.querySelectorAll('nm-risk-chips li'));
    expect(
      chips.map((chip) => [
        chip.getAttribute('data-mechanism'),
        Array.from(chip.classList).find((name) => name.startsWith('level-')),
      ]),
    ).toEqual([
      ['lien', 'level-high'],
      ['wage_garnishment', 'level-elevated'],
      ['bank_levy', 'level-critical'],
      ['private_collection', 'level-low'],
    ]);
    expect(textOf(chips[2])).toBe('Bank levy: critical risk');
  });

  it.each([
    [-3, 'overdue', '3 days overdue'],
    [0, 'soon', 'due today'],
    [7, 'soon', '7 days left'],
    [8, 'later', '8 days left'],
  ])('marks a deadline %i days away as %s', async (daysLeft, tone, words) => {
    const element = await renderCard(withDeadline(daysLeft));
    const deadline = find(element, '[data-testid=card-deadline]');
    expect(deadline.getAttribute('data-tone')).toBe(tone);
    expect(deadline.classList).toContain(tone);
    expect(textOf(deadline)).toBe(`Respond or pay · Dec 10, 2026 · ${words}`);
    expect(deadlineTone(daysLeft)).toBe(tone);
  });

  it('flags a possible scam and says so in the summary', async () => {
    const notice = noticeView({ possibleScam: true, assignee: null });
    const element = await renderCard(notice);

    expect(textOf(find(element, '[data-testid=card-scam]'))).toBe('Possible scam');
    expect(textOf(find(element, '.assignee'))).toBe('–');
    const summary = cardSummary(notice);
    expect(summary).toContain('Possible scam: verify before paying');
    expect(summary).toContain('Unassigned');
    expect(summary).toContain('Lien: elevated risk');
  });

  it('says when there is no open deadline', async () => {
    const base = noticeView();
    const element = await renderCard(noticeView({ figures: { ...base.figures, nextDeadline: null } }));
    expect(element.querySelector('[data-testid=card-deadline]')).toBeNull();
    expect(textOf(element)).toContain('No open deadline');
  });
});
