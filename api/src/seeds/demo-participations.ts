import type { EntityManager } from '@mikro-orm/postgresql';
import { answerChallenge } from '../evaluation/application/answer-challenge.usecase';
import { evaluationRepositories } from '../evaluation/application/evaluation-repositories';
import { campaignTestSql } from '../prescription/campaign-participation';
import { exampleCorrectAnswer, SKIP_MARKER } from '../evaluation/domain/answer-checking';
import { AssessmentRepository } from '../evaluation/infrastructure/assessment.repository';
import type { LearningContent } from '../learning-content/domain/learning-content';
import { sendProfile } from '../prescription/campaign-participation/application/send-profile.usecase';
import { participationRepositoriesOn } from '../prescription/campaign-participation/application/participation-repositories';
import { chooseUsername } from '../prescription/learner-management/domain/pupil-credentials';
import { knexOf } from '../shared/infrastructure/database/knex-of';
import { buildKnowledgeElements, buildUser } from './database-builder';
import { DEMO_CAMPAIGN_CODES } from './demo-campaigns';
import { buildCampaignParticipation, type KnowledgeSeed } from './participation-builder';

interface Pupil {
  id: number;
  firstName: string;
  lastName: string;
  birthdate: string;
  division: string;
  userId: number | null;
}

/** A small deterministic generator: the demo is the same on every first start. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return (max: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % max;
  };
}

const DAY = 24 * 3600 * 1000;

/** Gives the pupils an account by username, as a teacher does in Pix Orga (the demo's password). */
async function withAccounts(em: EntityManager, pupils: Pupil[], password: string): Promise<Array<Pupil & { userId: number }>> {
  const taken = new Set<string>((await knexOf(em)('users').whereNotNull('username').pluck('username')) as string[]);
  const random = seeded(7);
  const result: Array<Pupil & { userId: number }> = [];
  for (const pupil of pupils) {
    if (pupil.userId !== null) continue;
    const username = chooseUsername(pupil, (u) => taken.has(u), random);
    taken.add(username);
    const user = await buildUser(em, { firstName: pupil.firstName, lastName: pupil.lastName, email: null, username, password });
    await knexOf(em)('organization_learners').where({ id: pupil.id }).update({ user_id: user.id });
    result.push({ ...pupil, userId: user.id });
  }
  return result;
}

async function pupilsOf(em: EntityManager, organizationId: number, divisions: string[]): Promise<Pupil[]> {
  const rows = await knexOf(em)('organization_learners')
    .where({ organization_id: organizationId, is_disabled: false })
    .whereIn('division', divisions)
    .orderBy(['division', 'last_name', 'first_name', 'id'])
    .select('id', 'first_name', 'last_name', knexOf(em).raw(`to_char(birthdate, 'YYYY-MM-DD') as birthdate`), 'division', 'user_id');
  return rows.map((r: any) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name, birthdate: r.birthdate ?? '2010-01-01', division: r.division, userId: r.user_id }));
}

/**
 * "Rentrée 2026 – Secondes": every pupil of 2NDE1 and 2NDE2 without a demo account took part (about
 * 60), in every state: most sent their results, some finished without sending, some are midway
 * (their tests really started and answered by the engine). Each pupil has a level; what the test
 * finds in each tube is that level give or take one.
 */
async function loadRentreeParticipations(em: EntityManager, content: LearningContent, organizationId: number, password: string) {
  const campaign = await knexOf(em)('campaigns').where({ code: DEMO_CAMPAIGN_CODES.rentree2nde }).first('id', 'created_at');
  const skillIds: string[] = await knexOf(em)('campaign_skills').where({ campaign_id: campaign.id }).pluck('skill_id');
  const skills = skillIds.map((id) => content.skill(id)!).filter(Boolean);
  const pupils = await withAccounts(em, await pupilsOf(em, organizationId, ['2NDE1', '2NDE2']), password);
  const random = seeded(2026);
  // Some topics are harder for the whole class (spreadsheets, algorithms…), some easier: "Analyse" shows it.
  const bias = seeded(99);
  const tubeBias = new Map([...new Set(skills.map((s) => s.tubeId))].map((tubeId) => [tubeId, bias(4) - 2]));
  const started = new Date(campaign.created_at).getTime();
  const inProgress: Array<{ userId: number; participationId: number; ability: number; answers: number }> = [];
  for (const [index, pupil] of pupils.entries()) {
    const ability = 1 + random(4);
    const reached = new Map<string, number>();
    const levelIn = (tubeId: string) => {
      if (!reached.has(tubeId)) reached.set(tubeId, Math.max(0, ability + tubeBias.get(tubeId)! + random(3) - 1));
      return reached.get(tubeId)!;
    };
    const knowledge: KnowledgeSeed[] = skills.map((s) => ({ skillId: s.id, status: s.level <= levelIn(s.tubeId) ? 'validated' : 'invalidated' }));
    const status = index % 10 < 6 ? 'SHARED' : index % 10 < 8 ? 'TO_SHARE' : 'STARTED';
    const createdAt = new Date(started + (1 + random(15)) * DAY + random(8 * 3600) * 1000);
    const participation = await buildCampaignParticipation(em, content, {
      campaignId: campaign.id,
      userId: pupil.userId,
      organizationLearnerId: pupil.id,
      status,
      // Midway: the test knows nothing yet; a few pupils had proved some skills before (skipped).
      knowledge: status === 'STARTED' ? knowledge.filter((k, i) => index % 3 === 0 && i % 4 === 0) : knowledge,
      participantExternalId: `${pupil.division}-${String(index + 1).padStart(3, '0')}`,
      createdAt,
      sharedAt: new Date(createdAt.getTime() + (30 + random(2 * 24 * 60)) * 60_000),
    });
    if (status === 'STARTED') inProgress.push({ userId: pupil.userId, participationId: participation.id, ability, answers: 2 + random(7) });
  }
  return inProgress;
}

/** Pupils midway: a few answers each through the real use case (right up to their level, "Je passe" above). */
async function answerSome(em: EntityManager, content: LearningContent, pupils: Array<{ userId: number; participationId: number; ability: number; answers: number }>) {
  const deps = { content, clock: { now: () => new Date() }, campaignTests: campaignTestSql };
  const assessments = await new AssessmentRepository(em).ofParticipations(pupils.map((p) => p.participationId));
  for (const pupil of pupils) {
    const assessment = assessments.find((a) => a.campaignParticipationId === pupil.participationId)!;
    let current = assessment.currentChallengeId;
    for (let i = 0; i < pupil.answers && current; i += 1) {
      const challenge = content.challenge(current)!;
      const right = content.skill(challenge.skillId)!.level <= pupil.ability;
      const outcome = await answerChallenge(evaluationRepositories(em.fork(), deps), deps, {
        userId: pupil.userId,
        assessmentId: assessment.id,
        challengeId: content.publicIdOf(challenge.id),
        value: right ? exampleCorrectAnswer(challenge) : SKIP_MARKER,
        idempotencyKey: `demo-campagne-${pupil.participationId}-${i}`,
      });
      current = outcome.assessment.currentChallengeId;
    }
  }
}

/**
 * "Terminales – Collecte des profils": 40 pupils of TG2 and 1G1 sent their profile (through the real
 * use case, as "Envoyer mon profil" does), from a few competences to most of them: some are
 * certifiable, some not; a few sent it twice.
 */
async function loadProfilesCollection(em: EntityManager, content: LearningContent, organizationId: number, password: string) {
  const pupils = await withAccounts(em, (await pupilsOf(em, organizationId, ['TG2', '1G1'])).filter((p) => p.userId === null).slice(0, 40), password);
  const random = seeded(278);
  const competences = content.competences.map((c) => c.id);
  const campaign = await knexOf(em)('campaigns').where({ code: DEMO_CAMPAIGN_CODES.collecteTerminale }).first('created_at');
  const started = new Date(campaign.created_at).getTime();
  for (const [index, pupil] of pupils.entries()) {
    const count = index % 3 === 0 ? 2 + random(3) : 5 + random(9);
    const offset = random(competences.length);
    const chosen = Array.from({ length: count }, (_, i) => competences[(offset + i) % competences.length]);
    const positioned = new Date(started - (10 + random(60)) * DAY);
    await buildKnowledgeElements(
      em,
      content,
      chosen.flatMap((competenceId) => {
        const level = 1 + random(4);
        return content.activeSkillsOf(competenceId).filter((s) => s.level <= level).map((s) => ({ userId: pupil.userId, skillId: s.id, createdAt: positioned }));
      }),
    );
    const sentAt = new Date(started + (1 + random(8)) * DAY + random(6 * 3600) * 1000);
    const deps = { content, clock: { now: () => sentAt }, throttle: { accountFailures: 10, addressFailures: 1000, windowSeconds: 60 } };
    const send = () => sendProfile(participationRepositoriesOn(em, deps.clock), deps, { userId: pupil.userId, address: 'demo', campaignCode: DEMO_CAMPAIGN_CODES.collecteTerminale });
    await send();
    if (index % 8 === 1) {
      deps.clock = { now: () => new Date(sentAt.getTime() + DAY) };
      await send();
    }
  }
}

/** The lycée's campaigns come alive: participations in every state, sent profiles. */
export async function loadDemoParticipations(em: EntityManager, content: LearningContent, organizationId: number, password: string): Promise<void> {
  const inProgress = await em.transactional(async (tem) => {
    const midway = await loadRentreeParticipations(tem, content, organizationId, password);
    await loadProfilesCollection(tem, content, organizationId, password);
    return midway;
  });
  await answerSome(em, content, inProgress);
}
