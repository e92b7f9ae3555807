import { MigrationInterface } from 'typeorm';
import { Foundation1795618951380 } from './1795618951380-Foundation';
import { FirmRuleOverrides1795619698193 } from './1795619698193-FirmRuleOverrides';
import { Notices1795620176503 } from './1795620176503-Notices';
import { Resolutions1795621064550 } from './1795621064550-Resolutions';
import { Documents1795621250085 } from './1795621250085-Documents';
import { PoaAndCalls1795621398425 } from './1795621398425-PoaAndCalls';
import { Sweeps1795621522431 } from './1795621522431-Sweeps';
import { NoticeListIndexes1795622775066 } from './1795622775066-NoticeListIndexes';
import { SweepDeadlineIndex1795622969788 } from './1795622969788-SweepDeadlineIndex';
import { SweepReconcileIndex1795624446235 } from './1795624446235-SweepReconcileIndex';
import { NoticeMechanismLevels1795626722143 } from './1795626722143-NoticeMechanismLevels';
import { DashboardAuditIndex1795627133187 } from './1795627133187-DashboardAuditIndex';
import { NoticeFiguresStableUntil1795631300200 } from './1795631300200-NoticeFiguresStableUntil';
import { CaseloadChangeNotifications1795635766324 } from './1795635766324-CaseloadChangeNotifications';
import { NoticeScans1796280877557 } from './1796280877557-NoticeScans';
import { NoticePenaltyKindAndExtension1796282129955 } from './1796282129955-NoticePenaltyKindAndExtension';

/** Every migration in order. Listed, not globbed, so the webpack bundle carries them. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Foundation1795618951380,
  FirmRuleOverrides1795619698193,
  Notices1795620176503,
  Resolutions1795621064550,
  Documents1795621250085,
  PoaAndCalls1795621398425,
  Sweeps1795621522431,
  NoticeListIndexes1795622775066,
  SweepDeadlineIndex1795622969788,
  SweepReconcileIndex1795624446235,
  NoticeMechanismLevels1795626722143,
  DashboardAuditIndex1795627133187,
  NoticeFiguresStableUntil1795631300200,
  CaseloadChangeNotifications1795635766324,
  NoticeScans1796280877557,
  NoticePenaltyKindAndExtension1796282129955,
];
