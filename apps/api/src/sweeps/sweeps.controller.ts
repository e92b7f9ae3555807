import { Body, Controller, Get, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { Page, SweepRunView } from '@nutmeg/contracts';
import { DataSource, IsNull } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { isUuid } from '../common/firm-scoped.repository';
import { RequirePermission } from '../common/require-permission.decorator';
import { RunSweepDto, SweepHistoryQueryDto } from './dto/sweep.dto';
import { SweepRun } from './sweep-run.entity';
import { SweepScheduler } from './sweep.scheduler';
import { SweepService } from './sweep.service';

@ApiTags('sweeps')
@Controller('sweeps')
export class SweepsController {
  constructor(
    private readonly sweeps: SweepService,
    private readonly scheduler: SweepScheduler,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Runs a sweep of your firm now (managers); 409 while any sweep is running. */
  @Post()
  @RequirePermission('sweeps:run')
  @ApiConflictResponse({ description: 'A sweep is already running' })
  async run(@CurrentActor() actor: Actor, @Body() body: RunSweepDto): Promise<SweepRunView> {
    const run = await this.sweeps.run({ trigger: 'manual', firmId: actor.firmId, startedById: actor.userId, asOf: body.asOf });
    return toView(run, actor);
  }

  /** Your firm's sweeps and the scheduled ones, newest first, with when the next is due. */
  @Get()
  @RequirePermission('sweeps:run')
  async history(@CurrentActor() actor: Actor, @Query() query: SweepHistoryQueryDto): Promise<Page<SweepRunView> & { nextScheduledAt: string | null }> {
    const [runs, total] = await this.dataSource.getRepository(SweepRun).findAndCount({
      where: [{ firmId: actor.firmId }, { firmId: IsNull() }],
      order: { startedAt: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: runs.map((run) => toView(run, actor)), total, page: query.page, pageSize: query.pageSize, nextScheduledAt: this.scheduler.nextRunAt() };
  }

  @Get(':id')
  @RequirePermission('sweeps:run')
  async get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<SweepRunView> {
    const run = isUuid(id) ? await this.dataSource.getRepository(SweepRun).findOneBy({ id }) : null;
    if (!run || (run.firmId !== null && run.firmId !== actor.firmId)) throw new NotFoundException(`Sweep ${id} not found`);
    return toView(run, actor);
  }
}

function toView(run: SweepRun, actor: Actor): SweepRunView {
  return {
    id: run.id,
    trigger: run.trigger,
    firmId: run.firmId,
    asOf: run.asOf,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.durationMs,
    outcome: run.outcome,
    // A sweep across every firm counts every firm's rows: not this firm's business.
    counts: run.firmId === actor.firmId ? (run.counts as SweepRunView['counts']) : null,
    error: run.firmId === actor.firmId ? run.error : run.error ? 'The sweep failed; the operator has the details' : null,
  };
}
