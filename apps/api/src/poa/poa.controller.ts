import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Page, PoaCoverageAnswer, PoaGridView, PoaRecordedView, PoaView } from '@nutmeg/contracts';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { PoaCoverageQueryDto, PoaGridQueryDto, PoaQueryDto } from './dto/poa-query.dto';
import { CreatePoaDto, RevokePoaDto, UpdatePoaDto } from './dto/poa-write.dto';
import { PoaService } from './poa.service';

@ApiTags('poa')
@Controller('poa')
export class PoaController {
  constructor(private readonly poa: PoaService) {}

  /** Powers of attorney (LGL-001) of your firm, newest first; filter by client, representative or status. */
  @Get()
  @RequirePermission('poa:read')
  list(@CurrentActor() actor: Actor, @Query() query: PoaQueryDto): Promise<Page<PoaView>> {
    return this.poa.list(actor, query);
  }

  /** May this person discuss this tax type and period with DRS on this day? With the reason either way. */
  @Get('coverage')
  @RequirePermission('poa:read')
  @ApiNotFoundResponse({ description: 'No such client in your firm' })
  coverage(@CurrentActor() actor: Actor, @Query() query: PoaCoverageQueryDto): Promise<PoaCoverageAnswer> {
    return this.poa.coverage(actor, query);
  }

  /** The client's coverage: tax types by periods on file, each cell the authorization in force, if any. */
  @Get('grid')
  @RequirePermission('poa:read')
  @ApiNotFoundResponse({ description: 'No such client in your firm' })
  grid(@CurrentActor() actor: Actor, @Query() query: PoaGridQueryDto): Promise<PoaGridView> {
    return this.poa.grid(actor, query);
  }

  @Get(':id')
  @RequirePermission('poa:read')
  @ApiNotFoundResponse({ description: 'No such power of attorney in your firm' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PoaView> {
    return this.poa.get(actor, id);
  }

  /** Records an authorization; recorded as active, it revokes earlier ones for shared matters and lists them. */
  @Post()
  @RequirePermission('poa:write')
  @ApiConflictResponse({ description: 'A later LGL-001 is already on file for a shared matter' })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePoaDto): Promise<PoaRecordedView> {
    return this.poa.create(actor, body);
  }

  /** Corrects fields or moves draft → filed → active; `version` must be the one you loaded, else 409. */
  @Patch(':id')
  @RequirePermission('poa:write')
  @ApiConflictResponse({ description: 'Stale version, a move that makes no sense, or a later LGL-001 on file' })
  @ApiNotFoundResponse({ description: 'No such power of attorney in your firm' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdatePoaDto): Promise<PoaRecordedView> {
    return this.poa.update(actor, id, body);
  }

  /** The authority ends (from `revokedOn`, today by default); the record stays as history. */
  @Post(':id/revoke')
  @RequirePermission('poa:write')
  @ApiConflictResponse({ description: 'Stale version, or not filed or active' })
  @ApiNotFoundResponse({ description: 'No such power of attorney in your firm' })
  revoke(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RevokePoaDto): Promise<PoaView> {
    return this.poa.revoke(actor, id, body);
  }
}
