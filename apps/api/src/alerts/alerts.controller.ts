import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AlertView, Page } from '@nutmeg/contracts';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { AlertsService } from './alerts.service';
import { AlertQueryDto } from './dto/alert-query.dto';

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  /** Your alerts (managers: the firm's), newest first. */
  @Get()
  @RequirePermission('alerts:read')
  list(@CurrentActor() actor: Actor, @Query() query: AlertQueryDto): Promise<Page<AlertView>> {
    return this.alerts.list(actor, query);
  }

  /** For the bell in the top bar. */
  @Get('unread-count')
  @RequirePermission('alerts:read')
  unreadCount(@CurrentActor() actor: Actor): Promise<{ unread: number }> {
    return this.alerts.unreadCount(actor);
  }

  @Post('read-all')
  @HttpCode(200)
  @RequirePermission('alerts:read')
  markAllRead(@CurrentActor() actor: Actor): Promise<{ marked: number }> {
    return this.alerts.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @RequirePermission('alerts:read')
  async markRead(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<AlertView> {
    const alert = await this.alerts.markRead(actor, id);
    if (!alert) throw new NotFoundException(`Alert ${id} not found`);
    return alert;
  }
}
