import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

export class ClientQueryDto extends PageQueryDto {
  /** Part of the legal name or DBA, any case. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string;
}
