import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AlertView, Page } from '@nutmeg/contracts';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../common/actor';
import { isUuid } from '../common/firm-scoped.repository';
import { Alert } from './alert.entity';
import { AlertQueryDto } from './dto/alert-query.dto';

/** Managers see every alert of their firm; everyone else the alerts on cases assigned to them. */
@Injectable()
export class AlertsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, query: AlertQueryDto): Promise<Page<AlertView>> {
    const builder = this.visible(actor).orderBy('alert.createdAt', 'DESC').addOrderBy('alert.id', 'DESC');
    if (query.unread !== undefined) builder.andWhere(query.unread ? 'alert.readAt IS NULL' : 'alert.readAt IS NOT NULL');
    const [rows, total] = await builder.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return { items: rows.map(toAlertView), total, page: query.page, pageSize: query.pageSize };
  }

  async unreadCount(actor: Actor): Promise<{ unread: number }> {
    return { unread: await this.visible(actor).andWhere('alert.readAt IS NULL').getCount() };
  }

  /** Marks one alert read; an alert the user cannot see answers 404 like any other firm's record. */
  async markRead(actor: Actor, id: string): Promise<AlertView | null> {
    if (!isUuid(id)) return null;
    const alert = await this.visible(actor).andWhere('alert.id = :id', { id }).getOne();
    if (!alert) return null;
    if (!alert.readAt) {
      alert.readAt = new Date();
      await this.dataSource.getRepository(Alert).update({ id }, { readAt: alert.readAt });
    }
    return toAlertView(alert);
  }

  async markAllRead(actor: Actor): Promise<{ marked: number }> {
    const ids = (await this.visible(actor).andWhere('alert.readAt IS NULL').select('alert.id').getMany()).map((alert) => alert.id);
    if (ids.length === 0) return { marked: 0 };
    await this.dataSource.createQueryBuilder().update(Alert).set({ readAt: () => 'now()' }).whereInIds(ids).execute();
    return { marked: ids.length };
  }

  private visible(actor: Actor): SelectQueryBuilder<Alert> {
    const builder = this.dataSource.getRepository(Alert).createQueryBuilder('alert').where('alert.firmId = :firmId', { firmId: actor.firmId });
    if (actor.role !== 'manager') builder.andWhere('alert.recipientId = :userId', { userId: actor.userId });
    return builder;
  }
}

export function toAlertView(alert: Alert): AlertView {
  return {
    id: alert.id,
    kind: alert.kind,
    threshold: alert.threshold,
    noticeId: alert.noticeId,
    clientId: alert.clientId,
    message: alert.message,
    createdAt: alert.createdAt.toISOString(),
    readAt: alert.readAt?.toISOString() ?? null,
  };
}
