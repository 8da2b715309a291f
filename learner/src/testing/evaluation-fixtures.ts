// Test data of the positioning test shaped like the API's answers (challenges, checkpoints, tutorials).
import type {
  AnswerChallengeMutation,
  AssessmentQuery,
  CurrentChallengeQuery,
  ChallengeFieldsFragment,
  ChallengeResult,
  CheckpointDetailsQuery,
  CheckpointFieldsFragment,
  CheckpointLearnMoreQuery,
  TutorialFieldsFragment,
} from '../__generated__/graphql';

type Typed<T> = T & { __typename: string };

export type ChallengeFixture = Typed<ChallengeFieldsFragment>;

export function challenge(overrides: Partial<ChallengeFieldsFragment> & Pick<ChallengeFieldsFragment, 'id' | 'type'>): ChallengeFixture {
  const fields = overrides.fields?.map((field) => ({ __typename: 'ChallengeField', ...field }));
  return {
    __typename: 'Challenge',
    instruction: 'Consigne',
    proposals: null,
    timer: null,
    ...overrides,
    illustration: overrides.illustration ? ({ __typename: 'ChallengeIllustration', ...overrides.illustration } as ChallengeFieldsFragment['illustration']) : null,
    attachment: overrides.attachment ? ({ __typename: 'ChallengeAttachment', ...overrides.attachment } as ChallengeFieldsFragment['attachment']) : null,
    embed: overrides.embed ? ({ __typename: 'ChallengeEmbed', ...overrides.embed } as ChallengeFieldsFragment['embed']) : null,
    fields: fields ?? null,
  };
}

export const illustrated = challenge({
  id: 'challenge-illustrated',
  type: 'QCU',
  instruction: 'Quelle est la référence de la cellule surlignée ?',
  proposals: ['4C', 'C4'],
  illustration: { url: '/contenus/grille.svg', alt: 'Grille de tableur ; la cellule surlignée est en colonne C, ligne 4.' },
  attachment: { url: '/contenus/releves.csv', fileName: 'releves.csv', size: 1460 },
});

export const simulated = challenge({
  id: 'challenge-simulated',
  type: 'QROC',
  instruction: 'Ouvrez le message et lisez la destination du bouton.',
  fields: [{ name: 'domaine', label: 'Nom de domaine :', format: 'TEXTE', options: null }],
  embed: { url: '/contenus/simulateurs/webmail.html', title: 'Simulateur : messagerie de Sam Martin', height: 460 },
});

export const qcu = challenge({
  id: 'challenge-qcu',
  type: 'QCU',
  instruction: 'Quel logiciel est un **navigateur** web ?',
  proposals: ['Word', 'Firefox', 'Excel'],
});

export const qcm = challenge({
  id: 'challenge-qcm',
  type: 'QCM',
  instruction: 'Cochez les *moteurs de recherche*.',
  proposals: ['Qwant', 'Paint', 'Ecosia', 'VLC'],
});

export const qrocText = challenge({
  id: 'challenge-qroc',
  type: 'QROC',
  instruction: "Quelle est l'extension d'un fichier `rapport.odt` ?",
  fields: [{ name: 'extension', label: 'Extension', format: 'TEXTE', options: null }],
});

export const qrocNumber = challenge({
  id: 'challenge-qroc-number',
  type: 'QROC',
  instruction: 'Combien de lignes compte le tableau ?',
  fields: [{ name: 'lignes', label: 'Nombre de lignes', format: 'NOMBRE', options: null }],
});

export const qrocSelect = challenge({
  id: 'challenge-qroc-select',
  type: 'QROC',
  instruction: 'Quel format garde la mise en page ?',
  fields: [{ name: 'format', label: 'Format', format: 'SELECT', options: ['TXT', 'PDF', 'CSV'] }],
});

export const qrocmInd = challenge({
  id: 'challenge-qrocm-ind',
  type: 'QROCM_IND',
  instruction: "Donnez le nom et l'extension du fichier.",
  fields: [
    { name: 'nom', label: 'Nom du fichier', format: 'TEXTE', options: null },
    { name: 'extension', label: 'Extension', format: 'TEXTE', options: null },
  ],
});

export const qrocmDep = challenge({
  id: 'challenge-qrocm-dep',
  type: 'QROCM_DEP',
  instruction: 'Citez deux navigateurs.',
  fields: [
    { name: 'navigateur1', label: 'Premier navigateur', format: 'TEXTE', options: null },
    { name: 'navigateur2', label: 'Second navigateur', format: 'TEXTE', options: null },
  ],
});

export const timedQcu = challenge({
  id: 'challenge-timed',
  type: 'QCU',
  instruction: 'Vite ! Quelle touche copie ?',
  proposals: ['Ctrl+C', 'Ctrl+V'],
  timer: 30,
});

export function tutorial(id: string, overrides: Partial<TutorialFieldsFragment> = {}): Typed<TutorialFieldsFragment> {
  return {
    __typename: 'Tutorial',
    id,
    title: `Tuto ${id}`,
    source: 'Pix',
    format: 'vidéo',
    duration: 4,
    link: `https://tutos.example.org/${id}`,
    isSaved: false,
    isLiked: false,
    ...overrides,
  };
}

export interface CheckpointItem {
  challenge: ChallengeFixture;
  result: ChallengeResult;
  yourAnswer: string;
  expectedAnswer: string;
  tutorials?: Typed<TutorialFieldsFragment>[];
  learnMoreTutorials?: Typed<TutorialFieldsFragment>[];
}

/** A checkpoint as an answer's result carries it (no tutorials). */
export function checkpoint(items: CheckpointItem[], isFinal = false): Typed<CheckpointFieldsFragment> {
  return {
    __typename: 'Checkpoint',
    isFinal,
    answers: items.map((item, index) => ({
      __typename: 'CheckpointAnswer',
      answer: { __typename: 'Answer', id: `answer-${index + 1}`, result: item.result },
      challenge: { __typename: 'Challenge', id: item.challenge.id, instruction: item.challenge.instruction },
      yourAnswer: item.yourAnswer,
      expectedAnswer: item.expectedAnswer,
    })),
  };
}

/** The data of CheckpointDetailsQuery: the assessment's last checkpoint with the "Comprendre" tutorials. */
export function checkpointDetails(items: CheckpointItem[], isFinal = false, assessmentId = 'assessment-1'): CheckpointDetailsQuery {
  const light = checkpoint(items, isFinal);
  return {
    assessment: {
      __typename: 'Assessment',
      id: assessmentId,
      lastCheckpoint: {
        ...light,
        answers: light.answers.map((answer, index) => ({ ...answer, tutorials: items[index].tutorials ?? [] })),
      },
    },
  } as CheckpointDetailsQuery;
}

/** The data of CheckpointLearnMoreQuery: the "En savoir plus" tutorials of the last checkpoint's answers. */
export function checkpointLearnMore(items: CheckpointItem[], assessmentId = 'assessment-1'): CheckpointLearnMoreQuery {
  return {
    assessment: {
      __typename: 'Assessment',
      id: assessmentId,
      lastCheckpoint: {
        __typename: 'Checkpoint',
        answers: items.map((item, index) => ({
          __typename: 'CheckpointAnswer',
          answer: { __typename: 'Answer', id: `answer-${index + 1}` },
          learnMoreTutorials: item.learnMoreTutorials ?? [],
        })),
      },
    },
  } as CheckpointLearnMoreQuery;
}

export const COMPETENCE = { __typename: 'Competence', id: '5.1', name: 'Résoudre des problèmes techniques' };

/** The data of AssessmentQuery: the test as a reload finds it (its current challenge comes with currentChallengeData). */
export function assessmentData(options: {
  id?: string;
  answeredCount?: number;
  state?: 'STARTED' | 'COMPLETED';
  /** The checkpoint the learner has not gone past yet. */
  pendingCheckpoint?: ReturnType<typeof checkpoint> | null;
}): AssessmentQuery {
  return {
    assessment: {
      __typename: 'Assessment',
      id: options.id ?? 'assessment-1',
      type: 'COMPETENCE_EVALUATION',
      state: options.state ?? 'STARTED',
      answeredCount: options.answeredCount ?? 0,
      progress: null,
      competence: COMPETENCE,
      campaignParticipation: null,
      pendingCheckpoint: options.pendingCheckpoint ?? null,
    },
  } as AssessmentQuery;
}

/** The data of CurrentChallengeQuery. */
export function currentChallengeData(challenge: ChallengeFixture | null, answeredCount = 0, id = 'assessment-1'): CurrentChallengeQuery {
  return { assessment: { __typename: 'Assessment', id, answeredCount, currentChallenge: challenge } } as CurrentChallengeQuery;
}

export function answerResult(options: {
  assessmentId?: string;
  answerId?: string;
  result?: ChallengeResult;
  answeredCount: number;
  next: ChallengeFixture | null;
  checkpoint?: Typed<CheckpointFieldsFragment> | null;
  /** A campaign's test: its progress in % after this answer. */
  progress?: number | null;
  /** By default STARTED while there is a next challenge (after a checkpoint, there is none yet). */
  state?: 'STARTED' | 'COMPLETED';
}): AnswerChallengeMutation {
  return {
    answerChallenge: {
      __typename: 'AnswerResult',
      answer: { __typename: 'Answer', id: options.answerId ?? `answer-${options.answeredCount}`, result: options.result ?? 'OK' },
      assessment: {
        __typename: 'Assessment',
        id: options.assessmentId ?? 'assessment-1',
        state: options.state ?? (options.next ? 'STARTED' : 'COMPLETED'),
        answeredCount: options.answeredCount,
        progress: options.progress ?? null,
        currentChallenge: options.next,
      },
      nextChallenge: options.next,
      checkpoint: options.checkpoint ?? null,
    },
  } as AnswerChallengeMutation;
}
