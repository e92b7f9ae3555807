import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { RuleOverrides, RuleRowView } from '@nutmeg/domain';
import type { Observable } from 'rxjs';

/** GET /api/rules: the firm's effective rule rows and the overrides it set on top of the Connecticut defaults. */
export interface EffectiveRulesView {
  rows: readonly RuleRowView[];
  overrides: RuleOverrides;
}

@Injectable({ providedIn: 'root' })
export class RulesApi {
  private readonly http = inject(HttpClient);

  /** Readable by every role ('rules:read'). */
  effective(): Observable<EffectiveRulesView> {
    return this.http.get<EffectiveRulesView>('/api/rules');
  }
}
