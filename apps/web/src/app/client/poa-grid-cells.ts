import type { PoaGridView, PoaView } from '@nutmeg/contracts';
import { parsePeriod, periodsCover } from '@nutmeg/domain';
import { dateLabel, labelOf, TAX_TYPE_LABELS } from '../board/notice-labels';

export type GridCellState = 'covered' | 'expiring' | 'expired' | 'none';

export interface GridCell {
  period: string;
  state: GridCellState;
  /** Who the authorization names. */
  representative: string | null;
  /** The short line inside the cell ("until Dec 1, 2026"). */
  detail: string;
  /** Everything about the cell in one sentence, for the tooltip and screen readers. */
  description: string;
}

export interface GridRow {
  taxType: string;
  label: string;
  cells: GridCell[];
}

/**
 * The grid from the api (authorizations in force today) plus, for cells nothing covers, the authorization of
 * the client's that used to cover it and has expired, so a lapsed POA is seen, not just an empty cell.
 */
export function gridRows(grid: PoaGridView, poas: readonly PoaView[]): GridRow[] {
  const expired = poas.filter((poa) => poa.status === 'expired');
  return grid.rows.map((row) => {
    const label = labelOf(TAX_TYPE_LABELS, row.taxType);
    return {
      taxType: row.taxType,
      label,
      cells: row.cells.map((cell): GridCell => {
        const matter = `${label} ${cell.period}`;
        const poa = cell.poa;
        if (poa) {
          // The api decides "soon" by the firm's poa.renewal_lead_days rule.
          const soon = poa.expiringSoon;
          const until = poa.expiresOn ? `until ${dateLabel(poa.expiresOn)}` : 'no expiry';
          const left =
            soon && poa.daysToExpiry !== null
              ? `, expires in ${poa.daysToExpiry} ${poa.daysToExpiry === 1 ? 'day' : 'days'}`
              : '';
          return {
            period: cell.period,
            state: soon ? 'expiring' : 'covered',
            representative: poa.representative.fullName,
            detail: until,
            description: `${matter}: covered by ${poa.representative.fullName}'s POA, ${until}${left}`,
          };
        }
        const target = parsePeriod(cell.period);
        const lapsed = target
          ? expired
              .filter((candidate) => candidate.taxTypes.includes(row.taxType) && periodsCover(candidate.periods, target))
              .sort((a, b) => (b.expiresOn ?? '').localeCompare(a.expiresOn ?? ''))[0]
          : undefined;
        if (lapsed?.expiresOn) {
          return {
            period: cell.period,
            state: 'expired',
            representative: lapsed.representative.fullName,
            detail: `expired ${dateLabel(lapsed.expiresOn)}`,
            description: `${matter}: not covered; ${lapsed.representative.fullName}'s POA expired on ${dateLabel(lapsed.expiresOn)}`,
          };
        }
        return {
          period: cell.period,
          state: 'none',
          representative: null,
          detail: 'Not covered',
          description: `${matter}: no POA in force`,
        };
      }),
    };
  });
}
