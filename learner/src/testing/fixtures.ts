// Test data shaped like the API's answers (CRCN: 5 areas, 16 competences).
import type { CompetenceDetailsQuery, CompetenceEvaluationStatus, DashboardQuery } from '../__generated__/graphql';

export const AREAS = [
  { id: 'area-1', code: '1', name: 'Information et données', color: 'jaffa' },
  { id: 'area-2', code: '2', name: 'Communication et collaboration', color: 'emerald' },
  { id: 'area-3', code: '3', name: 'Création de contenu', color: 'cerulean' },
  { id: 'area-4', code: '4', name: 'Protection et sécurité', color: 'wild-strawberry' },
  { id: 'area-5', code: '5', name: 'Environnement numérique', color: 'butterfly-bush' },
];

export const COMPETENCES: { code: string; name: string }[] = [
  { code: '1.1', name: "Mener une recherche et une veille d'information" },
  { code: '1.2', name: 'Gérer des données' },
  { code: '1.3', name: 'Traiter des données' },
  { code: '2.1', name: 'Interagir' },
  { code: '2.2', name: 'Partager et publier' },
  { code: '2.3', name: 'Collaborer' },
  { code: '2.4', name: "S'insérer dans le monde numérique" },
  { code: '3.1', name: 'Développer des documents textuels' },
  { code: '3.2', name: 'Développer des documents multimédia' },
  { code: '3.3', name: 'Adapter les documents à leur finalité' },
  { code: '3.4', name: 'Programmer' },
  { code: '4.1', name: "Sécuriser l'environnement numérique" },
  { code: '4.2', name: 'Protéger les données personnelles et la vie privée' },
  { code: '4.3', name: "Protéger la santé, le bien-être et l'environnement" },
  { code: '5.1', name: 'Résoudre des problèmes techniques' },
  { code: '5.2', name: 'Construire un environnement numérique' },
];

export function competenceId(code: string): string {
  return `rec-${code.replace('.', '-')}`;
}

function area(code: string) {
  const found = AREAS.find((candidate) => candidate.code === code.split('.')[0]);
  if (!found) throw new Error(`no area for ${code}`);
  return { __typename: 'Area' as const, ...found };
}

/** Where a learner stands with a competence's test (the CompetenceProfile fields of the evaluation). */
export interface EvaluationFixture {
  status: CompetenceEvaluationStatus;
  assessmentId: string | null;
  canRetry: boolean;
  retryAvailableInDays: number | null;
  canReset: boolean;
  resetAvailableInDays: number | null;
}

/** The evaluation fields: NOT_STARTED, or COMPLETED for a competence with pix, with `overrides`. */
export function evaluationState(pixScore: number, overrides: Partial<EvaluationFixture> = {}): EvaluationFixture {
  const completed = pixScore > 0;
  return {
    status: completed ? 'COMPLETED' : 'NOT_STARTED',
    assessmentId: completed ? 'assessment-0' : null,
    canRetry: false,
    retryAvailableInDays: completed ? 2 : null,
    canReset: false,
    resetAvailableInDays: completed ? 5 : null,
    ...overrides,
  };
}

/**
 * The `me` of the dashboard query; `pixByCode` gives pix per competence code (0 by default),
 * `statusByCode` the state of its test (NOT_STARTED, or COMPLETED when it has pix, by default).
 */
export function dashboardMe(pixByCode: Record<string, number> = {}, statusByCode: Record<string, CompetenceEvaluationStatus> = {}) {
  const competences = COMPETENCES.map(({ code, name }) => {
    const pixScore = pixByCode[code] ?? 0;
    const level = Math.min(Math.floor(pixScore / 8), 6);
    return {
      __typename: 'CompetenceProfile' as const,
      competence: { __typename: 'Competence' as const, id: competenceId(code), code, name, area: area(code) },
      level,
      pixScore,
      pixToNextLevel: level >= 6 ? 0 : (level + 1) * 8 - pixScore,
      maxLevel: 6,
      status: statusByCode[code] ?? evaluationState(pixScore).status,
    };
  });
  const me: DashboardQuery['me'] & { __typename: 'User' } = {
    __typename: 'User',
    id: 'user-1',
    firstName: 'Camille',
    lastName: 'Martin',
    profile: {
      __typename: 'Profile',
      pixScore: competences.reduce((sum, item) => sum + item.pixScore, 0),
      maxPixScore: 768,
      competences,
    } as DashboardQuery['me']['profile'],
    campaignParticipations: [],
  };
  return me;
}

/** The competence details query's data; `evaluation` overrides the state of this competence's test. */
export function competenceDetails(code: string, pixScore: number, evaluation: Partial<EvaluationFixture> = {}): CompetenceDetailsQuery {
  const me = dashboardMe({ [code]: pixScore });
  const competence = COMPETENCES.find((candidate) => candidate.code === code);
  if (!competence) throw new Error(`unknown competence ${code}`);
  return {
    competence: {
      __typename: 'Competence',
      id: competenceId(code),
      code,
      name: competence.name,
      description: 'Résoudre des problèmes techniques pour assurer le bon fonctionnement des environnements numériques.',
      area: area(code),
    },
    me: {
      __typename: 'User',
      id: me.id,
      profile: {
        __typename: 'Profile',
        competences: me.profile.competences.map(({ competence: { id, code: itemCode }, level, pixScore: pix, pixToNextLevel, maxLevel }) => ({
          __typename: 'CompetenceProfile',
          competence: { __typename: 'Competence', id },
          level,
          pixScore: pix,
          pixToNextLevel,
          maxLevel,
          ...evaluationState(pix, itemCode === code ? evaluation : {}),
        })),
      },
    },
  } as CompetenceDetailsQuery;
}
