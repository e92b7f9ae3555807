import { Module } from '@nestjs/common';
import { NoticeDeadlinesService } from '../deadlines/notice-deadlines.service';
import { RulesModule } from '../rules/rules.module';
import { UsersModule } from '../users/users.module';
import { NoticesController } from './notices.controller';
import { NoticesService } from './notices.service';

@Module({
  imports: [RulesModule, UsersModule],
  controllers: [NoticesController],
  providers: [NoticesService, NoticeDeadlinesService],
  exports: [NoticesService],
})
export class NoticesModule {}
