import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DashboardSummary, DashboardTrends } from '@nutmeg/contracts';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { DashboardService } from './dashboard.service';
import { DashboardQueryDto, TrendsQueryDto } from './dto/dashboard-query.dto';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /**
   * The firm's open caseload at a glance (managers): open, overdue and due-this-week cases with their
   * balances, aging, dollars by risk level, workload per person, the mechanism × level heatmap and the
   * sweep. Every figure carries the GET /api/notices filter that lists the cases behind it.
   */
  @Get()
  @RequirePermission('dashboard:read')
  summary(@CurrentActor() actor: Actor, @Query() _query: DashboardQueryDto): Promise<DashboardSummary> {
    return this.dashboard.summary(actor);
  }

  /** Per week (Monday start): notices received, notices resolved or closed, deadlines missed. */
  @Get('trends')
  @RequirePermission('dashboard:read')
  trends(@CurrentActor() actor: Actor, @Query() query: TrendsQueryDto): Promise<DashboardTrends> {
    return this.dashboard.trends(actor, query.weeks);
  }
}
