import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { ClientView, Page } from '@nutmeg/contracts';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { ClientsService } from './clients.service';
import { CreateClientDto } from './dto/client-write.dto';
import { ClientQueryDto } from './dto/client-query.dto';
import { UpdateClientDto } from './dto/update-client.dto';

@ApiTags('clients')
@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  /** Clients of your firm, by legal name; search matches the legal name or DBA. */
  @Get()
  @RequirePermission('clients:read')
  list(@CurrentActor() actor: Actor, @Query() query: ClientQueryDto): Promise<Page<ClientView>> {
    return this.clients.list(actor, query);
  }

  @Get(':id')
  @RequirePermission('clients:read')
  @ApiNotFoundResponse({ description: 'No such client in your firm' })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ClientView> {
    return this.clients.get(actor, id);
  }

  @Post()
  @RequirePermission('clients:write')
  @ApiConflictResponse({ description: 'Another client of the firm has this taxpayer id' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateClientDto): Promise<ClientView> {
    return this.clients.create(actor, body);
  }

  /** Changes the fields sent; `version` must be the one you loaded, else 409. */
  @Patch(':id')
  @RequirePermission('clients:write')
  @ApiConflictResponse({ description: 'Stale version, or a duplicate taxpayer id' })
  @ApiNotFoundResponse({ description: 'No such client in your firm' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateClientDto): Promise<ClientView> {
    return this.clients.update(actor, id, body);
  }

  /** Soft delete; the audit trail keeps the record. */
  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('clients:delete')
  @ApiNotFoundResponse({ description: 'No such client in your firm' })
  async remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.clients.remove(actor, id);
  }
}
