import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Viewer } from '../identity-access-management';
import type { Clock } from '../shared/domain/clock';
import type { Locale } from '../shared/i18n/translate';
import type { Logger } from '../shared/infrastructure/logger';
import type { Services } from './services';
import { createLoaders, type Loaders } from './loaders';

/** Built afresh for every request: its own entity manager, viewer and DataLoaders. */
export interface GraphQLContext {
  em: EntityManager;
  viewer: Viewer | null;
  locale: Locale;
  requestId: string;
  clock: Clock;
  logger: Logger;
  services: Services;
  loaders: Loaders;
  req: Request;
  res: Response;
  /** The caller's address as throttles count it (IPv6 grouped by /64; see client-address.ts). */
  address: string;
}

export function createContext(args: Omit<GraphQLContext, 'loaders'>): GraphQLContext {
  return { ...args, loaders: createLoaders(args.em, args.services) };
}
