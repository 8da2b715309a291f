import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../shared/infrastructure/database/knex-of';
import { generateAccessCode, generateInvigilatorPassword } from '../certification/session-management/domain/session-codes';

/**
 * Factories of certification rows for the tests and the demo data (defaults filled in), written
 * through the tables the application reads. Use cases create the rest (courses, answers, reports).
 */
export interface CertificationCenterSeed {
  name: string;
  type: 'SCO' | 'SUP' | 'PRO';
  uai?: string | null;
  externalId?: string | null;
}

export async function buildCertificationCenter(em: EntityManager, seed: CertificationCenterSeed): Promise<{ id: number }> {
  const [row] = await knexOf(em)('certification_centers')
    .insert({ name: seed.name, type: seed.type, uai: seed.uai?.toUpperCase() ?? null, external_id: seed.externalId ?? null })
    .returning(['id']);
  return { id: row.id };
}

export interface CertificationSessionSeed {
  certificationCenterId: number;
  address?: string;
  room?: string;
  /** yyyy-mm-dd, local date of the centre; today when not given. */
  date?: string;
  /** hh:mm, local time. */
  time?: string;
  examiner?: string;
  description?: string;
  state?: 'CREATED' | 'FINALIZED' | 'IN_PROCESS' | 'PROCESSED';
  accessCode?: string;
  invigilatorPassword?: string;
  createdByUserId?: number | null;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function buildCertificationSession(
  em: EntityManager,
  seed: CertificationSessionSeed,
): Promise<{ id: number; accessCode: string; invigilatorPassword: string }> {
  const invigilatorPassword = seed.invigilatorPassword ?? generateInvigilatorPassword(randomInt);
  for (let attempt = 0; ; attempt += 1) {
    const accessCode = seed.accessCode ?? generateAccessCode(randomInt);
    const [row] = await knexOf(em)('certification_sessions')
      .insert({
        certification_center_id: seed.certificationCenterId,
        address: seed.address ?? 'Bâtiment principal',
        room: seed.room ?? 'Salle 101',
        date: seed.date ?? today(),
        time: seed.time ?? '09:00',
        examiner: seed.examiner ?? 'Mme Martin',
        description: seed.description ?? '',
        state: seed.state ?? 'CREATED',
        access_code: accessCode,
        invigilator_password: invigilatorPassword,
        created_by_user_id: seed.createdByUserId ?? null,
        finalized_at: seed.state && seed.state !== 'CREATED' ? new Date() : null,
      })
      .onConflict('access_code')
      .ignore()
      .returning(['id']);
    if (row) return { id: row.id, accessCode, invigilatorPassword };
    if (seed.accessCode || attempt > 20) throw new Error(`access code ${accessCode} already taken`);
  }
}

export interface CertificationCandidateSeed {
  sessionId: number;
  firstName: string;
  lastName: string;
  /** yyyy-mm-dd */
  birthdate: string;
  sex?: 'M' | 'F' | null;
  birthCity?: string | null;
  birthInseeCode?: string | null;
  birthPostalCode?: string | null;
  birthCountry?: string;
  resultRecipientEmail?: string | null;
  externalId?: string | null;
  extraTimePercentage?: number;
  organizationLearnerId?: number | null;
}

export async function buildCertificationCandidate(em: EntityManager, seed: CertificationCandidateSeed): Promise<{ id: number }> {
  const [row] = await knexOf(em)('certification_candidates')
    .insert({
      session_id: seed.sessionId,
      first_name: seed.firstName,
      last_name: seed.lastName,
      birthdate: seed.birthdate,
      sex: seed.sex ?? null,
      birth_city: seed.birthCity ?? (seed.birthInseeCode || seed.birthPostalCode ? null : 'PARIS 15'),
      birth_insee_code: seed.birthInseeCode ?? (seed.birthPostalCode ? null : '75115'),
      birth_postal_code: seed.birthPostalCode ?? null,
      birth_country: seed.birthCountry ?? 'FRANCE',
      result_recipient_email: seed.resultRecipientEmail ?? null,
      external_id: seed.externalId ?? null,
      extra_time_percentage: seed.extraTimePercentage ?? 0,
      organization_learner_id: seed.organizationLearnerId ?? null,
    })
    .returning(['id']);
  return { id: row.id };
}

/** A member of a centre's team (ADMIN or MEMBER). */
export async function buildCertificationCenterMembership(em: EntityManager, certificationCenterId: number, userId: number, role: 'ADMIN' | 'MEMBER' = 'MEMBER'): Promise<{ id: number }> {
  const [row] = await knexOf(em)('certification_center_memberships')
    .insert({ certification_center_id: certificationCenterId, user_id: userId, role })
    .returning(['id']);
  return { id: row.id };
}
