import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Page } from '@nutmeg/contracts';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The firm's audit trail, newest first (managers). */
  @Get()
  @RequirePermission('audit:read')
  async list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<Page<AuditEvent>> {
    const { items, total } = await this.audit.list(actor, query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
