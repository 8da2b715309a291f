import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../shared/infrastructure/database/knex-of';
import { passwordHasher } from '../identity-access-management/infrastructure/password-hasher';
import type { PlatformRoleValue } from '../identity-access-management/infrastructure/user.entity';
import type { LearningContent } from '../learning-content/domain/learning-content';
import { generateCampaignCode } from '../prescription/campaign/domain/campaign-code';
import type { TargetProfileCategory, TargetProfileTube } from '../prescription/target-profile/domain/target-profile';

/**
 * Factories that fill defaults and create what is missing, shared by the tests and the demo data.
 * They write through the same tables the application reads.
 */
export interface UserSeed {
  firstName?: string;
  lastName?: string;
  email?: string | null;
  username?: string | null;
  password?: string;
  platformRole?: PlatformRoleValue | null;
  locale?: string;
  mustChangePassword?: boolean;
}

export const DEFAULT_PASSWORD = 'Pixlibre2026';

let sequence = 0;
const hashes = new Map<string, Promise<string>>();

/** Hashing is slow on purpose: the same password is hashed once per process. */
function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = passwordHasher.hash(password);
    hashes.set(password, hash);
  }
  return hash;
}

export async function buildUser(em: EntityManager, seed: UserSeed = {}): Promise<{ id: number; email: string | null; username: string | null; password: string }> {
  sequence += 1;
  const unique = `${process.pid}-${Date.now().toString(36)}-${sequence}`;
  const password = seed.password ?? DEFAULT_PASSWORD;
  const email = seed.email === undefined ? `utilisateur.${unique}@example.net` : seed.email;
  const [row] = await knexOf(em)('users')
    .insert({
      first_name: seed.firstName ?? 'Camille',
      last_name: seed.lastName ?? 'Durand',
      email: email?.toLowerCase() ?? null,
      username: seed.username ?? null,
      password_hash: await hashOnce(password),
      platform_role: seed.platformRole ?? null,
      locale: seed.locale ?? 'fr',
      must_change_password: seed.mustChangePassword ?? false,
      cgu_accepted_at: new Date(),
    })
    .returning(['id']);
  return { id: row.id, email: email ?? null, username: seed.username ?? null, password };
}

export interface KnowledgeElementSeed {
  userId: number;
  skillId: string;
  status?: 'validated' | 'invalidated' | 'reset';
  source?: 'direct' | 'inferred';
  createdAt?: Date;
  /** The test that gave it (none: knowledge from elsewhere, e.g. an earlier positioning). */
  assessmentId?: number | null;
}

export async function buildKnowledgeElements(em: EntityManager, content: LearningContent, seeds: KnowledgeElementSeed[]): Promise<void> {
  if (!seeds.length) return;
  const rows = seeds.map((seed) => {
    const skill = content.skill(seed.skillId);
    if (!skill) throw new Error(`Unknown skill ${seed.skillId}`);
    const status = seed.status ?? 'validated';
    return {
      user_id: seed.userId,
      skill_id: skill.id,
      competence_id: skill.competenceId,
      status,
      source: seed.source ?? 'direct',
      earned_pix: status === 'validated' ? content.pixValueOf(skill.id) : 0,
      assessment_id: seed.assessmentId ?? null,
      created_at: seed.createdAt ?? new Date(),
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await knexOf(em)('knowledge_elements').insert(rows.slice(i, i + 1000));
}

/** The knowledge elements of a learner who validated every skill of a competence up to `level`. */
export function skillsUpToLevel(content: LearningContent, competenceId: string, level: number): string[] {
  return content
    .activeSkillsOf(competenceId)
    .filter((skill) => skill.level <= level)
    .map((skill) => skill.id);
}

export interface OrganizationSeed {
  name: string;
  type: 'SCO' | 'SUP' | 'PRO';
  uai?: string | null;
  email?: string | null;
  isManagingStudents?: boolean;
}

export async function buildOrganization(em: EntityManager, seed: OrganizationSeed): Promise<{ id: number }> {
  const [row] = await knexOf(em)('organizations')
    .insert({
      name: seed.name,
      type: seed.type,
      uai: seed.uai ?? null,
      email: seed.email?.toLowerCase() ?? null,
      is_managing_students: seed.isManagingStudents ?? seed.type === 'SCO',
    })
    .returning(['id']);
  return { id: row.id };
}

export async function buildMembership(em: EntityManager, organizationId: number, userId: number, role: 'ADMIN' | 'MEMBER'): Promise<void> {
  await knexOf(em)('memberships').insert({ organization_id: organizationId, user_id: userId, role });
}

export interface LearnerSeed {
  firstName: string;
  lastName: string;
  birthdate: string;
  division: string;
  nationalStudentId?: string;
  userId?: number | null;
  middleName?: string | null;
  thirdName?: string | null;
  /** The usage name ("nom d'usage"), when it differs from the family name. */
  preferredLastName?: string | null;
  sex?: 'M' | 'F';
  isDisabled?: boolean;
  /** SIECLE's birth place: INSEE code of the town, its name, the country code (100: France). */
  birthCityCode?: string | null;
  birthCity?: string | null;
  birthCountryCode?: string | null;
}

let ineSequence = 0;

/** A pupil of a school as a SIECLE import leaves it (INE made up when not given). */
export async function buildOrganizationLearner(em: EntityManager, organizationId: number, seed: LearnerSeed): Promise<number> {
  ineSequence += 1;
  const [{ id }] = await knexOf(em)('organization_learners')
    .insert({
      organization_id: organizationId,
      national_student_id: seed.nationalStudentId ?? `${String(100000000 + ineSequence * 7919).slice(-9)}${'ABCDEFGHJK'[ineSequence % 10]}${'KLMNPRSTUV'[Math.floor(ineSequence / 10) % 10]}`,
      first_name: seed.firstName,
      middle_name: seed.middleName ?? null,
      third_name: seed.thirdName ?? null,
      last_name: seed.lastName,
      preferred_last_name: seed.preferredLastName ?? null,
      sex: seed.sex ?? null,
      birthdate: seed.birthdate,
      division: seed.division,
      user_id: seed.userId ?? null,
      is_disabled: seed.isDisabled ?? false,
      birth_city_code: seed.birthCityCode ?? null,
      birth_city: seed.birthCity ?? null,
      birth_country_code: seed.birthCountryCode ?? null,
    })
    .returning(['id']);
  return id;
}

export interface TargetProfileSeed {
  name?: string;
  category?: TargetProfileCategory;
  description?: string | null;
  isPublic?: boolean;
  ownerOrganizationId?: number | null;
  tubes?: TargetProfileTube[];
}

/** A parcours (public unless an owner is given), with its tubes (two tubes of 1.1 up to level 2 by default). */
export async function buildTargetProfile(em: EntityManager, seed: TargetProfileSeed = {}): Promise<{ id: number }> {
  sequence += 1;
  const [row] = await knexOf(em)('target_profiles')
    .insert({
      name: seed.name ?? `Parcours ${sequence}`,
      category: seed.category ?? 'OTHER',
      description: seed.description ?? null,
      is_public: seed.isPublic ?? !seed.ownerOrganizationId,
      owner_organization_id: seed.ownerOrganizationId ?? null,
    })
    .returning(['id']);
  const tubes = seed.tubes ?? [
    { tubeId: 'moteurRecherche', level: 2 },
    { tubeId: 'fiabiliteSource', level: 2 },
  ];
  if (tubes.length) await knexOf(em)('target_profile_tubes').insert(tubes.map((t) => ({ target_profile_id: row.id, tube_id: t.tubeId, level: t.level })));
  return { id: row.id };
}

export interface CampaignSeed {
  organizationId: number;
  creatorId: number;
  name?: string;
  type?: 'ASSESSMENT' | 'PROFILES_COLLECTION';
  targetProfileId?: number | null;
  /** The campaign's skills (an assessment copies them from its parcours at creation). */
  skillIds?: string[];
  multipleSendings?: boolean;
  idPixLabel?: string | null;
  idPixType?: 'TEXT' | 'EMAIL' | null;
  customLandingPageText?: string | null;
  code?: string;
  archivedAt?: Date | null;
  createdAt?: Date;
}

let campaignSequence = 0;

/** A campaign as creation leaves it (a random code when not given). */
export async function buildCampaign(em: EntityManager, seed: CampaignSeed): Promise<{ id: number; code: string }> {
  campaignSequence += 1;
  const code = seed.code ?? generateCampaignCode(randomInt);
  const type = seed.type ?? (seed.targetProfileId ? 'ASSESSMENT' : 'PROFILES_COLLECTION');
  const [row] = await knexOf(em)('campaigns')
    .insert({
      organization_id: seed.organizationId,
      creator_id: seed.creatorId,
      name: seed.name ?? `Campagne ${campaignSequence}`,
      type,
      target_profile_id: seed.targetProfileId ?? null,
      multiple_sendings: seed.multipleSendings ?? type === 'PROFILES_COLLECTION',
      id_pix_label: seed.idPixLabel ?? null,
      id_pix_type: seed.idPixLabel ? (seed.idPixType ?? 'TEXT') : null,
      custom_landing_page_text: seed.customLandingPageText ?? null,
      code,
      archived_at: seed.archivedAt ?? null,
      ...(seed.createdAt ? { created_at: seed.createdAt } : {}),
    })
    .returning(['id', 'code']);
  if (seed.skillIds?.length) await knexOf(em)('campaign_skills').insert(seed.skillIds.map((skillId) => ({ campaign_id: row.id, skill_id: skillId })));
  return { id: row.id, code: row.code };
}
