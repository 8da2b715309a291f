import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Viewer } from '../identity-access-management';
import type { ClientPrincipal } from '../integration';
import type { Clock } from '../shared/domain/clock';
import type { Locale } from '../shared/i18n/translate';
import type { Logger } from '../shared/infrastructure/logger';
import type { Services } from './services';
import { createLoaders, type Loaders } from './loaders';
import { admitClientCall } from '../integration';

/** Built afresh for every request: its own entity manager, viewer and DataLoaders. */
export interface GraphQLContext {
  em: EntityManager;
  viewer: Viewer | null;
  /** An integrator's client-credentials token (then `viewer` is null). */
  client: ClientPrincipal | null;
  /** Checks once per request that the client is still active, audits and throttles its call. */
  admitClient(): Promise<void>;
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
  /** The request's `Authorization: Bearer` token as sent (an invigilator's token is not an account's: `viewer` is null then). */
  bearer?: string | null;
}

type ContextArgs = Omit<GraphQLContext, 'loaders' | 'em' | 'logger' | 'client' | 'admitClient'> & {
  client?: ClientPrincipal | null;
  /** The request's entity manager, or how to make it: then forked on first use only. */
  em: EntityManager | (() => EntityManager);
  /** The request's logger, or how to make it (a child logger costs on every request that never logs). */
  logger: Logger | (() => Logger);
};

/**
 * The entity manager, its DataLoaders and the request's logger are made on first use: many requests
 * (an answer, whose use case runs its own SQL) never need some of them. Each is made once per request.
 */
export function createContext(args: ContextArgs): GraphQLContext {
  const { em, logger, ...rest } = args;
  let forked: EntityManager | undefined = typeof em === 'function' ? undefined : em;
  let loaders: Loaders | undefined;
  let requestLogger: Logger | undefined = typeof logger === 'function' ? undefined : logger;
  const context = rest as GraphQLContext;
  context.client ??= null;
  let admission: Promise<void> | undefined;
  context.admitClient = () => (admission ??= context.client ? admitClientCall(context.em, context.clock, context.client) : Promise.resolve());
  Object.defineProperties(context, {
    em: { enumerable: true, get: () => (forked ??= (em as () => EntityManager)()) },
    loaders: { enumerable: true, get: () => (loaders ??= createLoaders(context.em, context.services)) },
    logger: { enumerable: true, get: () => (requestLogger ??= (logger as () => Logger)()) },
  });
  return context;
}
