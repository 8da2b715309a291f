import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '../i18n/translate';

/** What belongs to the HTTP request being served, wherever the code runs in its async flow. */
export interface RequestScope {
  requestId: string;
  locale: Locale;
  /** SQL statements run so far (the same store as sqlStatementScope: one AsyncLocalStorage per request). */
  statements: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
