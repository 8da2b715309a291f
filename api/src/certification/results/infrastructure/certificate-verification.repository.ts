import type { EntityManager } from '@mikro-orm/postgresql';
import type { ThrottleRule } from '../../../shared/domain/throttle-policy';
import type { CertificateRow } from '../domain/certificate';
import { CERTIFICATE_COLUMNS, CERTIFICATE_FROM, toCertificateRow, type RawCertificateRow } from './certificate.repository';

export type CountedVerification = { admitted: true; certificate: CertificateRow | null } | { admitted: false; windowEndsAt: Date | null };

/**
 * The public verification in ONE statement, one round trip (the throttle's rule in
 * shared/domain/throttle-policy.ts, the counters' table of shared/infrastructure/throttle):
 * - `found`: the course by its unique code, shown only when its session is published and its LATEST
 *   scoring is VALIDATED;
 * - `counted`: the address's counter, under its row lock (insert … on conflict do update): refused,
 *   unchanged, when spent; otherwise one attempt counted, unless a certificate was found (the found
 *   lookup gives its attempt back: the same net count as "count, check, refund" in three statements).
 *   The limit is checked and the count written atomically, so parallel guesses cannot slip through;
 *   a refused lookup answers nothing even when the code exists.
 * On the pool, outside any transaction: a count is committed at once and never rolled back.
 */
const VERIFICATION = `
with found as (
  select ${CERTIFICATE_COLUMNS} ${CERTIFICATE_FROM}
  where co.verification_code = :code and s.published_at is not null and sc.status = 'VALIDATED'
),
counted as (
  insert into throttle_counters as t (scope, key, attempts, max_attempts, window_ends_at)
  values (:scope, :key, case when exists (select 1 from found) then 0 else 1 end, :maxAttempts, :windowEndsAt)
  on conflict (scope, key) do update set
    attempts = case when t.window_ends_at <= :now then excluded.attempts else t.attempts + excluded.attempts end,
    max_attempts = excluded.max_attempts,
    window_ends_at = case when t.window_ends_at <= :now then excluded.window_ends_at else t.window_ends_at end
  where t.window_ends_at <= :now or t.attempts < excluded.max_attempts
  returning 1
)
select exists (select 1 from counted) as admitted,
       (select window_ends_at from throttle_counters where scope = :scope and key = :key) as "windowEndsAt",
       found.*
from (select 1) as one left join found on exists (select 1 from counted)`;

type RawVerification = RawCertificateRow & { admitted: boolean; windowEndsAt: Date | string | null };

export class CertificateVerificationRepository {
  constructor(private readonly em: EntityManager) {}

  /** Counts the lookup on the address's counter and reads the certificate of `code`, in one statement. */
  async countedLookup(code: string, counter: { rule: ThrottleRule; key: string }, now: Date): Promise<CountedVerification> {
    const { rule, key } = counter;
    const result = await this.em.getKnex().raw<{ rows: RawVerification[] }>(VERIFICATION, {
      code,
      scope: rule.scope,
      key,
      maxAttempts: rule.maxAttempts,
      windowEndsAt: new Date(now.getTime() + rule.windowSeconds * 1000),
      now,
    });
    const [raw] = result.rows;
    if (!raw.admitted) return { admitted: false, windowEndsAt: raw.windowEndsAt === null ? null : new Date(raw.windowEndsAt) };
    if (raw.courseId === null) return { admitted: true, certificate: null };
    const { admitted: _admitted, windowEndsAt: _windowEndsAt, ...row } = raw;
    return { admitted: true, certificate: toCertificateRow(row) };
  }
}
