import { createParamDecorator, ExecutionContext, InternalServerErrorException } from '@nestjs/common';
import { Actor } from './actor';
import { AuthenticatedRequest } from './auth.guard';

/** The signed-in actor; on a public route there is none and asking for it is a programming error. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new InternalServerErrorException('CurrentActor used on a route without a signed-in user');
  return actor;
});
