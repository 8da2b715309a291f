import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Viewer } from '../identity-access-management';
import type { ClientPrincipal } from '../integration';
import type { Clock } from '../shared/domain/clock';
import type { Locale } from '../shared/i18n/translate';
import type { Logger } from '../shared/infrastructure/logger';
import type { Services } from './services';
import { createLoaders, type Loaders } from './loaders';
import { admitClientCall, integrationRepositories } from '../integration';

/** Built afresh for every request: its own entity manager, viewer and DataLoaders. */
export interface GraphQLContext {
  em: EntityManager;
  /** Where a raw (prepared) statement runs: the entity manager once made, else the platform's connection. */
  statements: EntityManager | Knex;
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

type ContextArgs = Omit<GraphQLContext, 'loaders' | 'em' | 'statements' | 'logger' | 'client' | 'admitClient'> & {
  client?: ClientPrincipal | null;
  /** The request's entity manager, or how to make it: then forked on first use only. */
  em: EntityManager | (() => EntityManager);
  /** The platform's connection: raw statements run there until a resolver makes the entity manager. */
  connection?: () => Knex;
  /** The request's logger, or how to make it (a child logger costs on every request that never logs). */
  logger: Logger | (() => Logger);
};

/** What a request's lazy parts are made from, and what was made: one per request, shared by the operations of a batch. */
interface Parts {
  makeEm: () => EntityManager;
  /** The platform's connection, for statements that need no unit of work (absent: the entity manager's). */
  connection?: () => Knex;
  makeLogger: () => Logger;
  em?: EntityManager;
  loaders?: Loaders;
  logger?: Logger;
  admission?: Promise<void>;
}

/**
 * The lazy parts of a request's context, on its prototype. Apollo Server hands each operation a copy of
 * the context (`Object.assign` onto an object of the same prototype): getters on the object itself would
 * run during that copy, forking an entity manager, building every DataLoader and a child logger for each
 * request. On the prototype they stay lazy; the copy shares `parts` (an own property) with the original,
 * so each part is made once per request, on first use, whichever operation of a batch asks first.
 */
class LazyParts {
  declare parts: Parts;

  get em(): EntityManager {
    return (this.parts.em ??= this.parts.makeEm());
  }

  /** Where a raw statement runs: the entity manager if a resolver made it, else the connection (no fork for that). */
  get statements(): EntityManager | Knex {
    return this.parts.em ?? this.parts.connection?.() ?? this.em;
  }

  get loaders(): Loaders {
    return (this.parts.loaders ??= createLoaders(this, (this as unknown as GraphQLContext).services));
  }

  get logger(): Logger {
    return (this.parts.logger ??= this.parts.makeLogger());
  }

  admitClient(): Promise<void> {
    const context = this as unknown as GraphQLContext;
    return (this.parts.admission ??= context.client
      ? admitClientCall(integrationRepositories(context.em, context.clock), context.clock, context.client)
      : Promise.resolve());
  }
}

/**
 * The entity manager, its DataLoaders and the request's logger are made on first use: many requests
 * (an answer, whose use case runs its own SQL) never need some of them. Each is made once per request.
 */
export function createContext(args: ContextArgs): GraphQLContext {
  const { em, logger, connection, ...rest } = args;
  const parts: Parts = {
    makeEm: typeof em === 'function' ? em : () => em,
    em: typeof em === 'function' ? undefined : em,
    makeLogger: typeof logger === 'function' ? logger : () => logger,
    logger: typeof logger === 'function' ? undefined : logger,
    connection,
  };
  const context = Object.assign(Object.create(LazyParts.prototype) as LazyParts, rest, { parts }) as unknown as GraphQLContext;
  context.client ??= null;
  return context;
}
