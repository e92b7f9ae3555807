import { SweepCounts, SweepTrigger } from '@nutmeg/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One sweep: when, for what day, who started it, what each step did and how it ended. */
@Entity('sweep_run')
@Index('sweep_run_started_idx', ['startedAt'])
export class SweepRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 10 })
  trigger!: SweepTrigger;

  /** null for the scheduled sweep across all firms. */
  @Column({ type: 'uuid', nullable: true })
  firmId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  startedById!: string | null;

  @Column({ type: 'date' })
  asOf!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  durationMs!: number | null;

  @Column({ type: 'varchar', length: 10, default: 'running' })
  outcome!: 'running' | 'succeeded' | 'failed';

  @Column({ type: 'jsonb', default: {} })
  counts!: Partial<SweepCounts>;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
