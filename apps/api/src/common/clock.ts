import { Inject, Injectable } from '@nestjs/common';
import { IsoDate } from '@nutmeg/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * The only place the api reads the calendar: "today" is a day in the firm's time zone (America/New_York),
 * not the server's and not UTC, so a notice logged at 9 pm in Hartford is dated the day it was logged.
 * Tests replace it with a fixed day.
 */
@Injectable()
export class Clock {
  private readonly format: Intl.DateTimeFormat;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // en-CA formats as YYYY-MM-DD.
    this.format = new Intl.DateTimeFormat('en-CA', { timeZone: config.timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  today(): IsoDate {
    return this.format.format(new Date()) as IsoDate;
  }

  now(): Date {
    return new Date();
  }
}
