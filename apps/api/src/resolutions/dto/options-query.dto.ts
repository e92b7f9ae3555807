import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

const bool = Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/** Case facts the notice does not carry, which open or close options. */
export class OptionsQueryDto {
  @IsOptional() @bool @IsBoolean({ message: 'unfiledReturns must be true or false' })
  unfiledReturns?: boolean;

  @IsOptional() @bool @IsBoolean({ message: 'withCollectionAgency must be true or false' })
  withCollectionAgency?: boolean;

  @IsOptional() @bool @IsBoolean({ message: 'hasWarrant must be true or false' })
  hasWarrant?: boolean;
}
