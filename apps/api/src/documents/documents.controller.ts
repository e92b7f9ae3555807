import { Body, Controller, Get, Param, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiPayloadTooLargeResponse, ApiTags, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import { DOCUMENT_MAX_BYTES, DocumentView } from '@nutmeg/contracts';
import { Actor } from '../common/actor';
import { CurrentActor } from '../common/current-actor.decorator';
import { RequirePermission } from '../common/require-permission.decorator';
import { DocumentsService, UploadedFile as StoredUpload } from './documents.service';
import { DocumentQueryDto, UploadDocumentDto } from './dto/upload-document.dto';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  /** Uploads a PDF, PNG or JPEG (at most 10 MB) for a client, optionally tied to one of their notices. */
  @Post()
  @RequirePermission('documents:write')
  @ApiConsumes('multipart/form-data')
  @ApiPayloadTooLargeResponse({ description: 'Larger than 10 MB' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not a PDF, PNG or JPEG' })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 10 } }))
  upload(@CurrentActor() actor: Actor, @Body() body: UploadDocumentDto, @UploadedFile() file: StoredUpload | undefined): Promise<DocumentView> {
    return this.documents.upload(actor, body, file);
  }

  @Get()
  @RequirePermission('documents:read')
  list(@CurrentActor() actor: Actor, @Query() query: DocumentQueryDto): Promise<DocumentView[]> {
    return this.documents.list(actor, query);
  }

  @Get(':id')
  @RequirePermission('documents:read')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<DocumentView> {
    return this.documents.view(actor, id);
  }

  /** The file itself, as an attachment. */
  @Get(':id/content')
  @RequirePermission('documents:read')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<StreamableFile> {
    const { document, content } = await this.documents.content(actor, id);
    const extension = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' }[document.contentType] ?? 'bin';
    const filename = `${document.title.replace(/[^\w .-]+/g, '_')}.${extension}`;
    return new StreamableFile(content, { type: document.contentType, disposition: `attachment; filename="${filename}"`, length: content.length });
  }
}
