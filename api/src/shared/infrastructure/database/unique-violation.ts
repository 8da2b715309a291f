import { UniqueConstraintViolationException } from '@mikro-orm/core';

/** A unique index refused the write (raised by knex as PostgreSQL's 23505, or converted by MikroORM). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const raw = error instanceof UniqueConstraintViolationException ? (error as unknown as { cause?: unknown }).cause ?? error : error;
  const { code, constraint: name } = (raw ?? {}) as { code?: string; constraint?: string };
  const unique = error instanceof UniqueConstraintViolationException || code === '23505';
  return unique && (!constraint || name === constraint || (error as { constraint?: string }).constraint === constraint);
}
