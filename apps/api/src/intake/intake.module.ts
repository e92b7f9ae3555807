import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { NoticesModule } from '../notices/notices.module';
import { NoticeFileReader } from './scans/notice-file-reader';
import { NoticeScansController } from './scans/notice-scans.controller';
import { NoticeScansService } from './scans/notice-scans.service';

/** Intake from the letter: POST /api/notice-scans and its confirmation into a case. */
@Module({
  imports: [NoticesModule, DocumentsModule],
  controllers: [NoticeScansController],
  providers: [NoticeScansService, NoticeFileReader],
})
export class IntakeModule {}
