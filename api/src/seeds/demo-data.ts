import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../learning-content/domain/learning-content';
import { buildKnowledgeElements, buildMembership, buildOrganization, buildUser, DEFAULT_PASSWORD, skillsUpToLevel } from './database-builder';
import { systemClock } from '../shared/domain/clock';
import { startCompetenceEvaluation } from '../evaluation/application/start-competence-evaluation.usecase';
import { answerChallenge } from '../evaluation/application/answer-challenge.usecase';
import { evaluationRepositories } from '../evaluation/application/evaluation-repositories';
import { campaignTestSql } from '../prescription/campaign-participation';
import { exampleCorrectAnswer, SKIP_MARKER } from '../evaluation/domain/answer-checking';
import { loadDemoPupils } from './demo-pupils';
import { loadDemoCampaigns } from './demo-campaigns';
import { loadDemoParticipations } from './demo-participations';
import { loadDemoCertification } from './demo-certification';
import { DEMO_JURY, loadDemoJury } from './demo-jury';

export interface DemoAccount {
  role: string;
  login: string;
  password: string;
}

/** Demo accounts: printed at start and listed in README.md. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: 'Apprenante (profil vierge)', login: 'lea.martin@example.net', password: DEFAULT_PASSWORD },
  { role: 'Apprenant (5 compétences, 1 test en cours)', login: 'hugo.bernard@example.net', password: DEFAULT_PASSWORD },
  { role: 'Lycée Marie Curie – administratrice Orga', login: 'claire.dubois@example.net', password: DEFAULT_PASSWORD },
  { role: 'Lycée Marie Curie – membre Orga', login: 'julien.moreau@example.net', password: DEFAULT_PASSWORD },
  { role: 'Élève de 2NDE1 du lycée (identifiant)', login: 'clemence.bernard0711', password: DEFAULT_PASSWORD },
  { role: 'Élève de 2NDE1 du lycée (mot de passe provisoire, à changer)', login: 'fatoumata.dasilva0409', password: DEFAULT_PASSWORD },
  { role: 'Pix Certif – centre Pro Formation Numérique (administratrice)', login: 'sophie.laurent@example.net', password: DEFAULT_PASSWORD },
  { role: 'Pix Certif – centre Pro Formation Numérique (membre)', login: 'karim.haddad@example.net', password: DEFAULT_PASSWORD },
  { role: 'Équipe Pix libre – SUPER_ADMIN', login: 'admin@example.net', password: DEFAULT_PASSWORD },
  { role: 'Équipe Pix libre – SUPPORT', login: 'support@example.net', password: DEFAULT_PASSWORD },
  { role: 'Équipe Pix libre – METIER (contenu et profils cibles)', login: 'contenu@example.net', password: DEFAULT_PASSWORD },
  { role: 'Équipe Pix libre – CERTIF (jury de certification)', login: DEMO_JURY.juryEmail, password: DEFAULT_PASSWORD },
  { role: 'Candidate certifiée (certificat publié)', login: DEMO_JURY.certifiedEmail, password: DEFAULT_PASSWORD },
];

/** Loads the demo data into an empty database, with the same factories as the tests. */
export async function loadDemoData(em: EntityManager, content: LearningContent): Promise<void> {
  await em.transactional(async (tem) => {
    await buildUser(tem, { firstName: 'Léa', lastName: 'Martin', email: 'lea.martin@example.net' });
    const hugo = await buildUser(tem, { firstName: 'Hugo', lastName: 'Bernard', email: 'hugo.bernard@example.net' });
    await buildUser(tem, { firstName: 'Nadia', lastName: 'Lefèvre', email: 'admin@example.net', platformRole: 'SUPER_ADMIN' });
    await buildUser(tem, { firstName: 'Thomas', lastName: 'Petit', email: 'support@example.net', platformRole: 'SUPPORT' });
    await buildUser(tem, { firstName: 'Inès', lastName: 'Garnier', email: 'contenu@example.net', platformRole: 'METIER' });
    // Organisations: a lycée (activated: an administrator and a member), a collège to activate by UAI, a public body.
    const lycee = await buildOrganization(tem, { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A', email: 'ce.0751234a@ac-paris.fr' });
    await buildOrganization(tem, { name: 'Collège Jean Moulin', type: 'SCO', uai: '0692345B', email: 'ce.0692345b@ac-lyon.fr' });
    await buildOrganization(tem, { name: 'Médiathèque de Villeurbanne – médiation numérique', type: 'PRO' });
    await buildOrganization(tem, { name: 'Menuiseries Garnier & Fils', type: 'PRO', email: 'rh@garnier-menuiseries.example.net' });
    const claire = await buildUser(tem, { firstName: 'Claire', lastName: 'Dubois', email: 'claire.dubois@example.net' });
    const julien = await buildUser(tem, { firstName: 'Julien', lastName: 'Moreau', email: 'julien.moreau@example.net' });
    await buildMembership(tem, lycee.id, claire.id, 'ADMIN');
    await buildMembership(tem, lycee.id, julien.id, 'MEMBER');
    await loadDemoPupils(tem, { id: lycee.id, uai: '0751234A' }, DEFAULT_PASSWORD);
    await loadDemoCampaigns(tem, content, { id: lycee.id, adminId: claire.id, memberId: julien.id });
    const positioned: [string, number][] = [
      ['1.1', 3],
      ['2.1', 2],
      ['3.1', 4],
      ['4.1', 1],
      ['5.1', 2],
    ];
    const twoWeeksAgo = new Date(Date.now() - 14 * 24 * 3600 * 1000);
    await buildKnowledgeElements(
      tem,
      content,
      positioned.flatMap(([competenceId, level]) =>
        skillsUpToLevel(content, competenceId, level).map((skillId) => ({ userId: hugo.id, skillId, createdAt: twoWeeksAgo })),
      ),
    );
  });
  const lycee = await em.getKnex()('organizations').where({ uai: '0751234A' }).first('id');
  await loadDemoParticipations(em.fork(), content, lycee.id, DEFAULT_PASSWORD);
  await em.fork().transactional(async (tem) => {
    const centres = await loadDemoCertification(tem, { uai: '0751234A', organizationId: lycee.id });
    await loadDemoJury(tem, content, centres);
  });
  // A test in progress on 1.2, three answers in (two right, one skipped), to resume from the competence page.
  const deps = { content, clock: systemClock, campaignTests: campaignTestSql };
  const hugo = await em.getKnex()('users').where({ email: 'hugo.bernard@example.net' }).first('id');
  let assessment = await startCompetenceEvaluation(evaluationRepositories(em.fork(), deps), deps, { userId: hugo.id, competenceId: '1.2', locale: 'fr' });
  for (const [i, skip] of [false, true, false].entries()) {
    const challenge = content.challenge(assessment.currentChallengeId!)!;
    const outcome = await answerChallenge(evaluationRepositories(em.fork(), deps), deps, {
      userId: hugo.id,
      assessmentId: assessment.id,
      challengeId: content.publicIdOf(challenge.id),
      value: skip ? SKIP_MARKER : exampleCorrectAnswer(challenge),
      idempotencyKey: `demo-${i}`,
    });
    assessment = outcome.assessment;
  }
}
