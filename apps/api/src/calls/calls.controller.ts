import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { CallView, Page } from '@nutmeg/contracts';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { CallsService } from './calls.service';
import { CallQueryDto } from './dto/call-query.dto';
import { CreateCallDto, UpdateCallDto } from './dto/call-write.dto';

@ApiTags('calls')
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  /** Calls with DRS, newest first; filter by client, notice, caller or day. */
  @Get()
  @RequirePermission('calls:read')
  list(@CurrentActor() actor: Actor, @Query() query: CallQueryDto): Promise<Page<CallView>> {
    return this.calls.list(actor, query);
  }

  @Get(':id')
  @RequirePermission('calls:read')
  @ApiNotFoundResponse({ description: 'No such call in your firm' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallView> {
    return this.calls.get(actor, id);
  }

  /** Logs a call with its POA check; without coverage it needs `acknowledgeNoPoa: true` and is flagged. */
  @Post()
  @RequirePermission('calls:write')
  @ApiConflictResponse({ description: 'The caller had no POA covering the matter and the call was not acknowledged' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCallDto): Promise<CallView> {
    return this.calls.create(actor, body);
  }

  /** Corrects a logged call; `version` must be the one you loaded, else 409. */
  @Patch(':id')
  @RequirePermission('calls:write')
  @ApiConflictResponse({
    description: 'Stale version, or a correction that leaves the call without POA coverage unacknowledged',
  })
  @ApiNotFoundResponse({ description: 'No such call in your firm' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateCallDto): Promise<CallView> {
    return this.calls.update(actor, id, body);
  }
}
