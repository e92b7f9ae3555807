import { PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { CreateClientDto } from './client-write.dto';

/** Only the fields sent change; `null` clears a nullable field and is refused for the others. */
export class UpdateClientDto extends PartialType(CreateClientDto, { skipNullProperties: false }) {
  /** The version the editor loaded; a stale one answers 409. */
  @IsInt()
  @Min(1)
  version!: number;
}
