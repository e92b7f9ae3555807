import { BadRequestException, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOCUMENT_CONTENT_TYPES, DocumentView } from '@nutmeg/contracts';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { FieldCipher } from '../crypto/field-cipher';
import { FieldValidationError } from '../common/field-validation.error';
import { FirmScopedRepository } from '../common/firm-scoped.repository';
import { Notice } from '../notices/notice.entity';
import { CaseDocument } from './document.entity';
import { DocumentQueryDto, UploadDocumentDto } from './dto/upload-document.dto';
import { sniffContentType } from './file-signature';

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** Documents on file for clients and their notices; their bytes are encrypted at rest (FieldCipher). */
@Injectable()
export class DocumentsService {
  private readonly documents: FirmScopedRepository<CaseDocument>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
  ) {
    this.documents = new FirmScopedRepository(CaseDocument, dataSource.manager, 'Document');
  }

  async upload(actor: Actor, dto: UploadDocumentDto, file: UploadedFile | undefined): Promise<DocumentView> {
    if (!file || file.size === 0) throw new BadRequestException({ message: 'file is required (multipart field "file")', fields: { file: ['file is required'] } });
    const sniffed = sniffContentType(file.buffer);
    if (!sniffed || !(DOCUMENT_CONTENT_TYPES as readonly string[]).includes(file.mimetype) || sniffed !== file.mimetype) {
      throw new UnsupportedMediaTypeException(
        `"${file.originalname}" is not a PDF, PNG or JPEG file (sent as ${file.mimetype}); scan or save it as one of those and upload again`,
      );
    }
    if (dto.receivedDate && dto.receivedDate > this.clock.today()) throw FieldValidationError.of('receivedDate', 'must not be in the future');
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.findOne(Client, { where: { id: dto.clientId, firmId: actor.firmId } });
      if (!client) throw FieldValidationError.of('clientId', 'must be a client of your firm');
      if (dto.noticeId) {
        const notice = await manager.findOne(Notice, { where: { id: dto.noticeId, firmId: actor.firmId } });
        if (!notice || notice.clientId !== client.id) throw FieldValidationError.of('noticeId', "must be one of this client's notices");
        // A document arriving is activity on the case (the sweep's "no activity for 14 days" reads this).
        await manager.update(Notice, { id: notice.id }, { lastActivityAt: () => 'now()', version: () => 'version' });
      }
      const saved = await manager.save(
        manager.create(CaseDocument, {
          firmId: actor.firmId,
          clientId: client.id,
          noticeId: dto.noticeId ?? null,
          type: dto.type,
          title: dto.title.trim(),
          receivedDate: dto.receivedDate ?? null,
          contentType: sniffed,
          sizeBytes: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          // Taxpayer documents are encrypted at rest; the hash is of the file as uploaded.
          content: this.cipher.encryptBytes(file.buffer),
          uploadedById: actor.userId,
        }),
      );
      const view = await this.view(actor, saved.id, manager);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'document', entityId: saved.id, after: view });
      return view;
    });
  }

  async list(actor: Actor, query: DocumentQueryDto): Promise<DocumentView[]> {
    const builder = this.documents.query(actor, 'document').leftJoinAndSelect('document.uploadedBy', 'uploader').orderBy('document.createdAt', 'DESC');
    if (query.clientId) builder.andWhere('document.clientId = :clientId', { clientId: query.clientId });
    if (query.noticeId) builder.andWhere('document.noticeId = :noticeId', { noticeId: query.noticeId });
    return (await builder.take(500).getMany()).map(toDocumentView);
  }

  view(actor: Actor, id: string, manager = this.dataSource.manager): Promise<DocumentView> {
    return this.documents
      .within(manager)
      .query(actor, 'document')
      .leftJoinAndSelect('document.uploadedBy', 'uploader')
      .andWhere('document.id = :id', { id })
      .getOne()
      .then((document) => {
        if (!document) return this.documents.get(actor, id).then(toDocumentView); // throws the usual 404
        return toDocumentView(document);
      });
  }

  async content(actor: Actor, id: string): Promise<{ document: DocumentView; content: Buffer }> {
    const document = await this.view(actor, id);
    const row = await this.dataSource.manager
      .createQueryBuilder(CaseDocument, 'document')
      .addSelect('document.content')
      .where('document.id = :id AND document.firmId = :firmId', { id, firmId: actor.firmId })
      .getOneOrFail();
    return { document, content: this.cipher.decryptBytes(row.content) };
  }
}

export function toDocumentView(document: CaseDocument): DocumentView {
  return {
    id: document.id,
    clientId: document.clientId,
    noticeId: document.noticeId,
    type: document.type,
    title: document.title,
    receivedDate: document.receivedDate,
    contentType: document.contentType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    uploadedBy: document.uploadedBy ? { id: document.uploadedBy.id, fullName: document.uploadedBy.fullName } : null,
    createdAt: document.createdAt.toISOString(),
  };
}
