import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { LEGITIMACY_CHECKS, LegitimacyCheck, NoticeView, TimelineEntry } from '@nutmeg/contracts';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { FieldValidationError } from '../common/field-validation.error';
import { RequirePermission } from '../common/require-permission.decorator';
import { AssignDto, ChecklistItemDto, TransitionDto } from './dto/notice-actions.dto';
import { NoticeQueryDto } from './dto/notice-query.dto';
import { CreateNoticeDto, UpdateNoticeDto } from './dto/notice-write.dto';
import { NoticesService } from './notices.service';

@ApiTags('notices')
@Controller('notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  /**
   * Cases of your firm, most urgent first (next hard deadline, then risk), with live figures; list items
   * leave out the legitimacy checklist (GET /api/notices/:id has it; `possibleScam` flags a failed item). `total` is
   * the number of matches, counted again after every change to the firm's caseload (if this server cannot hear
   * the database's change notifications, counted at most 5 seconds ago): counting a large caseload on every
   * page costs more than the page.
   * A page is `Page<NoticeListItem>` (libs/contracts); the same page is sent again from memory until the firm's
   * caseload changes (CaseListCache), with an ETag, so a client holding it gets 304.
   */
  @Get()
  @RequirePermission('notices:read')
  @ApiOkResponse({ description: 'Page<NoticeListItem>: items, total, page, pageSize' })
  async list(@CurrentActor() actor: Actor, @Query() query: NoticeQueryDto, @Res() response: Response): Promise<void> {
    (await this.notices.list(actor, query)).sendTo(response);
  }

  /** New and triage cases: unassigned first, then new, then most urgent. `total` and caching as for the list. */
  @Get('triage')
  @RequirePermission('notices:read')
  @ApiOkResponse({ description: 'Page<NoticeListItem>: items, total, page, pageSize' })
  async triage(@CurrentActor() actor: Actor, @Query() query: NoticeQueryDto, @Res() response: Response): Promise<void> {
    (await this.notices.triageQueue(actor, query)).sendTo(response);
  }

  @Get(':id')
  @RequirePermission('notices:read')
  @ApiNotFoundResponse({ description: 'No such notice in your firm' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<NoticeView> {
    return this.notices.get(actor, id);
  }

  /** The case's history in plain words, newest first (status, checklist, resolutions, calls, documents). */
  @Get(':id/timeline')
  @RequirePermission('notices:read')
  timeline(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<TimelineEntry[]> {
    return this.notices.timeline(actor, id);
  }

  /** Intake: records the notice and creates its deadlines from the rules engine. */
  @Post()
  @RequirePermission('notices:write')
  @ApiConflictResponse({ description: 'The correspondence ID is already on file in your firm' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateNoticeDto): Promise<NoticeView> {
    return this.notices.create(actor, body);
  }

  /** Corrects the intake; deadlines are recomputed when the notice date, received date, kind or tax type change. */
  @Patch(':id')
  @RequirePermission('notices:write')
  @ApiConflictResponse({ description: 'Stale version, or a duplicate correspondence ID' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateNoticeDto): Promise<NoticeView> {
    return this.notices.update(actor, id, body);
  }

  /** Moves the case along the workflow; 409 lists the allowed next states. */
  @Post(':id/transition')
  @RequirePermission('notices:write')
  @ApiConflictResponse({ description: 'A move that makes no sense from the current state, or a stale version' })
  transition(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: TransitionDto): Promise<NoticeView> {
    return this.notices.transition(actor, id, body);
  }

  /** Assigns (or unassigns) the case — managers only. */
  @Post(':id/assign')
  @RequirePermission('notices:assign')
  assign(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: AssignDto): Promise<NoticeView> {
    return this.notices.assign(actor, id, body);
  }

  /** Records one item of the legitimacy checklist (a failed item flags a possible scam). */
  @Put(':id/checklist/:item')
  @RequirePermission('notices:checklist')
  setCheck(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('item') item: string,
    @Body() body: ChecklistItemDto,
  ): Promise<NoticeView> {
    if (!(LEGITIMACY_CHECKS as readonly string[]).includes(item)) {
      throw FieldValidationError.of('item', `must be one of: ${LEGITIMACY_CHECKS.join(', ')}`);
    }
    return this.notices.setCheck(actor, id, item as LegitimacyCheck, body);
  }
}
