import { CheckResult, LegitimacyCheck } from '@nutmeg/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { User } from '../users/user.entity';
import { Notice } from './notice.entity';

/** One item of a notice's legitimacy checklist, with who checked it and when. */
@Entity('notice_check')
@Index('notice_check_notice_item_key', ['noticeId', 'item'], { unique: true })
@Check('notice_check_result_check', `"result" IN ('not_checked', 'passed', 'failed')`)
export class NoticeCheck extends FirmScopedEntity {
  @Column({ type: 'uuid' })
  noticeId!: string;

  @ManyToOne(() => Notice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Notice;

  @Column({ type: 'varchar', length: 40 })
  item!: LegitimacyCheck;

  @Column({ type: 'varchar', length: 12 })
  result!: CheckResult;

  @Column({ type: 'uuid', nullable: true })
  checkedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'checked_by_id' })
  checkedBy?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  checkedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}
