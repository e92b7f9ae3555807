import { MigrationInterface } from 'typeorm';
import { Foundation1795618951380 } from './1795618951380-Foundation';

/** Every migration in order. Listed, not globbed, so the webpack bundle carries them. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [Foundation1795618951380];
