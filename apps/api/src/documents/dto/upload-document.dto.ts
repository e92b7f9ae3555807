import { DOCUMENT_TYPES, DocumentType } from '@nutmeg/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';

/** The form fields sent with the file (multipart/form-data). */
export class UploadDocumentDto {
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId!: string;

  @IsOptional()
  @IsUUID('all', { message: 'noticeId must be a notice id' })
  noticeId?: string;

  @IsIn(DOCUMENT_TYPES, { message: `type must be one of: ${DOCUMENT_TYPES.join(', ')}` })
  type!: DocumentType;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @IsCalendarDate()
  receivedDate?: string;
}

export class DocumentQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'noticeId must be a notice id' })
  noticeId?: string;
}
