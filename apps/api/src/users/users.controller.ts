import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UserSummary } from '@nutmeg/contracts';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** The firm's active users (for assignee pickers). */
  @Get()
  @RequirePermission('users:read')
  list(@CurrentActor() actor: Actor): Promise<UserSummary[]> {
    return this.users.listInFirm(actor);
  }
}
