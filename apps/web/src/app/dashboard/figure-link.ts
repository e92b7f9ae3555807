import { Pipe, type PipeTransform } from '@angular/core';
import type { NoticeListFilter } from '@nutmeg/contracts';
import { type CaseListFilter, filterParams } from '../core/api/notice-list.api';

/** Where every dashboard figure leads: the cases list, filtered to the notices it counts. */
export const CASES_PATH = '/cases';

/**
 * `<a [routerLink]="casesPath" [queryParams]="figure.filter | caseListParams">`: the api's filter for the figure
 * as the cases page's query parameters (the same names GET /api/notices takes), so the list total equals the figure.
 */
@Pipe({ name: 'caseListParams' })
export class CaseListParamsPipe implements PipeTransform {
  transform(filter: NoticeListFilter | CaseListFilter): Record<string, string> {
    return filterParams(filter);
  }
}
