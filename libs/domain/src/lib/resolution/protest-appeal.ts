import { isoDateFromDayNumber } from '../dates/calendar-date';
import { assessment, describeProtestWindow, protestWindow, type ResolutionCase } from './resolution-case';
import type { ResolutionAssessment } from './resolution-types';

/** A written protest to the DRS Appellate Division within the notice's protest window. */
export function assessProtestAppeal(facts: ResolutionCase): ResolutionAssessment {
  const row = facts.rules.general.resolution.protest_appeal;
  const appeal = facts.rules.general.appeals.superiorCourtAppeal;
  const window = protestWindow(facts);
  const reasons: string[] = [];
  let open = false;
  if (facts.status === 'protested') {
    reasons.push(
      `a protest is already filed; after the Appellate Division decides, a Superior Court appeal is due within ${appeal.value.count} days`,
    );
  } else if (!window) {
    reasons.push(`no written-protest right starts with this notice (${facts.rules.noticeKinds[facts.noticeKind].label})`);
  } else {
    open = window.daysLeft >= 0;
    reasons.push(describeProtestWindow(window));
    if (!open && facts.noticeKind === 'proposed_assessment') reasons.push('the assessment has become final');
  }
  const warnings = [
    'The protest must state the grounds for each disputed item.',
    'Interest keeps accruing on unpaid tax during the protest unless it is paid under protest.',
  ];
  if (open && window) warnings.unshift(`It must reach DRS by ${isoDateFromDayNumber(window.dueDay)}: fax it and keep the confirmation.`);
  return assessment('protest_appeal', row, {
    open,
    reasons,
    needs: [
      'Written protest stating the grounds for each item in dispute',
      'Copies of supporting documents (receipts, amended returns, IRS correspondence)',
      'A current power of attorney (LGL-001) if a representative signs',
      'Form APL-002 (optional)',
    ],
    warnings,
    ruleIds: [appeal.id],
  });
}
