import { Module } from '@nestjs/common';
import { NoticesModule } from '../notices/notices.module';
import { ResolutionsController } from './resolutions.controller';
import { ResolutionsService } from './resolutions.service';

@Module({ imports: [NoticesModule], controllers: [ResolutionsController], providers: [ResolutionsService], exports: [ResolutionsService] })
export class ResolutionsModule {}
