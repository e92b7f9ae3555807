import { Alert } from '../alerts/alert.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { DrsCall } from '../calls/drs-call.entity';
import { Client } from '../clients/client.entity';
import { DeadlineRecord } from '../deadlines/deadline.entity';
import { CaseDocument } from '../documents/document.entity';
import { Firm } from '../firms/firm.entity';
import { NoticeScan } from '../intake/scans/notice-scan.entity';
import { NoticeCheck } from '../notices/notice-check.entity';
import { PoaAuthorization } from '../poa/poa-authorization.entity';
import { Installment } from '../resolutions/installment.entity';
import { Resolution } from '../resolutions/resolution.entity';
import { Notice } from '../notices/notice.entity';
import { SweepRun } from '../sweeps/sweep-run.entity';
import { User } from '../users/user.entity';

/** Listed, not globbed: the bundled api and the migration CLI see exactly the same entities. */
export const ENTITIES = [Firm, User, Client, AuditEvent, Notice, DeadlineRecord, NoticeCheck, Resolution, Installment, CaseDocument, PoaAuthorization, DrsCall, Alert, SweepRun, NoticeScan];
