import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SweepAlreadyRunning, SweepService } from './sweep.service';

/**
 * Runs the sweep on SWEEP_CRON (America/New_York). Every replica schedules it; the advisory lock lets
 * one run and the others skip quietly. SWEEP_ENABLED=false keeps a replica out of it altogether.
 */
@Injectable()
export class SweepScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SweepScheduler');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sweeps: SweepService,
    private readonly registry: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.sweep.enabled) {
      this.logger.log('Scheduled sweeps are off on this replica (SWEEP_ENABLED=false)');
      return;
    }
    const job = CronJob.from({
      cronTime: this.config.sweep.cron,
      timeZone: this.config.timezone,
      onTick: () => void this.tick(),
      start: true,
    });
    this.registry.addCronJob('deadline-sweep', job);
    this.logger.log(`Deadline sweep scheduled: "${this.config.sweep.cron}" (${this.config.timezone}); next at ${job.nextDate().toISO()}`);
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('cron', 'deadline-sweep')) this.registry.deleteCronJob('deadline-sweep');
  }

  /** When the next scheduled sweep will start, for the dashboard; null when scheduling is off. */
  nextRunAt(): string | null {
    if (!this.registry.doesExist('cron', 'deadline-sweep')) return null;
    return this.registry.getCronJob('deadline-sweep').nextDate().toISO();
  }

  private async tick(): Promise<void> {
    try {
      await this.sweeps.run({ trigger: 'schedule' });
    } catch (error) {
      if (error instanceof SweepAlreadyRunning) this.logger.log('Skipped: another replica is sweeping');
      else this.logger.error(`Scheduled sweep could not start: ${String(error)}`);
    }
  }
}
