import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { SweepScheduler } from './sweep.scheduler';
import { SweepService } from './sweep.service';
import { SweepsController } from './sweeps.controller';

@Module({
  imports: [ScheduleModule.forRoot()],
  controllers: [SweepsController],
  providers: [SweepService, SweepScheduler],
  exports: [SweepService],
})
export class SweepsModule {}
