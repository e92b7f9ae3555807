import {
  ConflictException,
  HttpException,
  HttpStatus,
  Injectable,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOCUMENT_CONTENT_TYPES, NoticeScanView, NoticeView, ScanClientMatch } from '@nutmeg/contracts';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/actor';
import { FieldValidationError } from '../../common/field-validation.error';
import { FirmScopedRepository } from '../../common/firm-scoped.repository';
import { FieldCipher } from '../../crypto/field-cipher';
import { DocumentsService, UploadedFile } from '../../documents/documents.service';
import { sniffContentType } from '../../documents/file-signature';
import { CreateNoticeDto } from '../../notices/dto/notice-write.dto';
import { NoticesService } from '../../notices/notices.service';
import { parseNoticeText } from '../notice-text-parser';
import { clientMatches } from './client-matches';
import { IntakeFileError } from './intake-file-error';
import { NoticeFileReader } from './notice-file-reader';
import { NoticeScan } from './notice-scan.entity';

/**
 * Intake from the letter: reads a DRS letter (its text layer, or OCR of a scan or photo), finds the fields,
 * offers the clients whose name matches, and keeps it as a draft until a person confirms it into a case,
 * whose first document it then becomes.
 */
@Injectable()
export class NoticeScansService {
  private readonly scans: FirmScopedRepository<NoticeScan>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: NoticeFileReader,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    private readonly notices: NoticesService,
    private readonly documents: DocumentsService,
  ) {
    this.scans = new FirmScopedRepository(NoticeScan, dataSource.manager, 'Notice scan');
  }

  async scan(actor: Actor, file: UploadedFile | undefined): Promise<NoticeScanView> {
    if (!file || file.size === 0) {
      throw FieldValidationError.of('file', 'is required: send the letter as the multipart field "file"');
    }
    const contentType = sniffContentType(file.buffer);
    if (!contentType || !(DOCUMENT_CONTENT_TYPES as readonly string[]).includes(contentType)) {
      throw new UnsupportedMediaTypeException(
        `"${file.originalname}" is not a PDF, PNG or JPEG; scan or photograph the letter as one of those and drop it again`,
      );
    }
    const read = await this.readOrRefuse(file.buffer, contentType);
    const parse = parseNoticeText(read.pages);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(NoticeScan, {
          firmId: actor.firmId,
          createdById: actor.userId,
          fileName: file.originalname.slice(0, 200),
          contentType,
          sizeBytes: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          content: this.cipher.encryptBytes(file.buffer),
          pages: read.pages.length,
          method: read.method,
          fields: parse.fields,
          missing: parse.missing,
          warnings: parse.warnings,
        }),
      );
      // The fields stay out of the audit trail: they hold the taxpayer's name and account number.
      await this.audit.record(manager, actor, {
        action: 'create',
        entityType: 'notice_scan',
        entityId: saved.id,
        after: { fileName: saved.fileName, pages: saved.pages, method: saved.method, missing: saved.missing },
      });
      return this.viewOf(manager, actor, saved);
    });
  }

  async get(actor: Actor, id: string): Promise<NoticeScanView> {
    const scan = await this.find(actor, this.dataSource.manager, id);
    return this.viewOf(this.dataSource.manager, actor, scan);
  }

  /**
   * The confirmed draft becomes a case (the same intake as POST /api/notices, with its checks and 409s),
   * and the letter its first document. A draft confirms once.
   */
  async confirm(actor: Actor, id: string, dto: CreateNoticeDto): Promise<NoticeView> {
    const scan = await this.find(actor, this.dataSource.manager, id);
    if (scan.status !== 'draft') this.alreadyConfirmed(scan);
    const notice = await this.notices.create(actor, dto);
    const content = await this.dataSource.transaction(async (manager) => {
      const locked = await this.find(actor, manager, id, true);
      if (locked.status !== 'draft') this.alreadyConfirmed(locked);
      await manager.update(NoticeScan, { id }, { status: 'confirmed', noticeId: notice.id });
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'notice_scan',
        entityId: id,
        before: { status: 'draft' },
        after: { status: 'confirmed', noticeId: notice.id },
      });
      const row = await manager
        .createQueryBuilder(NoticeScan, 'scan')
        .addSelect('scan.content')
        .where('scan.id = :id', { id })
        .getOneOrFail();
      return this.cipher.decryptBytes(row.content);
    });
    await this.documents.upload(
      actor,
      {
        clientId: notice.client.id,
        noticeId: notice.id,
        type: 'notice_scan',
        title: `DRS letter ${notice.correspondenceId}`,
        ...(notice.receivedDate ? { receivedDate: notice.receivedDate } : {}),
      },
      { originalname: scan.fileName, mimetype: scan.contentType, size: content.length, buffer: content },
    );
    return this.notices.get(actor, notice.id);
  }

  private async readOrRefuse(buffer: Buffer, contentType: string) {
    try {
      return await this.reader.read(buffer, contentType);
    } catch (error) {
      if (error instanceof IntakeFileError) {
        const status = error.reason === 'timeout' ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_ENTITY;
        throw new HttpException(
          { statusCode: status, message: error.message, reason: error.reason, fields: { file: [error.message] } },
          status,
        );
      }
      throw error;
    }
  }

  private alreadyConfirmed(scan: NoticeScan): never {
    throw new ConflictException({
      message: 'This letter was already taken in as a case',
      existingNoticeId: scan.noticeId,
    });
  }

  /** 404 for a malformed id, another firm's scan or none at all alike. */
  private find(actor: Actor, manager: EntityManager, id: string, lock = false): Promise<NoticeScan> {
    return this.scans.within(manager).get(actor, id, { lock });
  }

  private async viewOf(manager: EntityManager, actor: Actor, scan: NoticeScan): Promise<NoticeScanView> {
    const name = scan.fields.taxpayerName?.value;
    const matches: ScanClientMatch[] = scan.status === 'draft' ? await clientMatches(manager, actor, name) : [];
    return {
      id: scan.id,
      fileName: scan.fileName,
      contentType: scan.contentType,
      pages: scan.pages,
      method: scan.method,
      fields: scan.fields,
      missing: scan.missing,
      warnings: scan.warnings,
      clientMatches: matches,
      status: scan.status,
      noticeId: scan.noticeId,
      createdAt: scan.createdAt.toISOString(),
    };
  }
}
