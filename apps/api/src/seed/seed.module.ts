import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CallsModule } from '../calls/calls.module';
import { DocumentsModule } from '../documents/documents.module';
import { NoticesModule } from '../notices/notices.module';
import { PoaModule } from '../poa/poa.module';
import { ResolutionsModule } from '../resolutions/resolutions.module';
import { SweepsModule } from '../sweeps/sweeps.module';
import { DemoCaseload } from './demo-caseload';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [AuthModule, NoticesModule, ResolutionsModule, PoaModule, CallsModule, DocumentsModule, SweepsModule],
  providers: [DemoSeedService, DemoCaseload],
  exports: [DemoSeedService],
})
export class SeedModule {}
