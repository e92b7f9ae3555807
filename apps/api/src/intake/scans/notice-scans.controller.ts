import { Body, Controller, Get, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiConsumes,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { DOCUMENT_MAX_BYTES, NoticeScanView, NoticeView } from '@nutmeg/contracts';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/current-actor.decorator';
import { RequirePermission } from '../../common/require-permission.decorator';
import { UploadedFile as Upload } from '../../documents/documents.service';
import { CreateNoticeDto } from '../../notices/dto/notice-write.dto';
import { NoticeScansService } from './notice-scans.service';

@ApiTags('notice-scans')
@Controller('notice-scans')
export class NoticeScansController {
  constructor(private readonly scans: NoticeScansService) {}

  /** Reads a DRS letter (PDF, PNG or JPEG, at most 10 MB and 20 pages) into a draft: each field with its source and confidence. */
  @Post()
  @RequirePermission('notices:write')
  @ApiConsumes('multipart/form-data')
  @ApiPayloadTooLargeResponse({ description: 'Larger than 10 MB' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not a PDF, PNG or JPEG' })
  @ApiUnprocessableEntityResponse({ description: 'Encrypted, broken, more than 20 pages, or no readable text' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 5 } }))
  scan(@CurrentActor() actor: Actor, @UploadedFile() file: Upload | undefined): Promise<NoticeScanView> {
    return this.scans.scan(actor, file);
  }

  @Get(':id')
  @RequirePermission('notices:write')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<NoticeScanView> {
    return this.scans.get(actor, id);
  }

  /** The confirmed draft becomes a case (the body as POST /api/notices); the letter becomes its first document. */
  @Post(':id/notice')
  @RequirePermission('notices:write')
  confirm(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: CreateNoticeDto): Promise<NoticeView> {
    return this.scans.confirm(actor, id, dto);
  }
}
