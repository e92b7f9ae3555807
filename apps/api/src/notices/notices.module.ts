import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CaseloadChangeFeed } from '../database/caseload-change-feed';
import { NoticeDeadlinesService } from '../deadlines/notice-deadlines.service';
import { RulesModule } from '../rules/rules.module';
import { UsersModule } from '../users/users.module';
import { CaseListCache } from './case-list-cache';
import { NoticesController } from './notices.controller';
import { NoticesService } from './notices.service';

@Module({
  imports: [RulesModule, UsersModule],
  controllers: [NoticesController],
  providers: [
    NoticesService,
    NoticeDeadlinesService,
    CaseloadChangeFeed,
    {
      provide: CaseListCache,
      inject: [CaseloadChangeFeed, APP_CONFIG],
      useFactory: (feed: CaseloadChangeFeed, config: AppConfig) => new CaseListCache(feed, config.caseListCache),
    },
  ],
  exports: [NoticesService],
})
export class NoticesModule {}
