import type { AnswerRow, AssessmentRow } from '../domain/assessment';
import type { AnswerContext, RecordedKnowledgeElement } from '../infrastructure/answer-context.repository';
import type { AssessmentRepository } from '../infrastructure/assessment.repository';
import type { NewKnowledgeElement } from '../infrastructure/knowledge-element.repository';
import type { TutorialPreference } from '../infrastructure/tutorial-preference.repository';
import type { CertificationAnswered, CertificationQuestions } from './certification-tests';

/** What one answer writes, in one atomic statement (see `recordAnswer`). */
export interface AnswerRecord {
  assessmentId: number;
  answeredChallengeId: string;
  nextChallengeId: string | null;
  nextServedAt: Date | null;
  value: string;
  result: AnswerRow['result'];
  idempotencyKey: string;
  timeSpentSeconds: number | null;
  knowledgeElements: RecordedKnowledgeElement[];
  now: Date;
}

/**
 * The repositories of the evaluation's use cases, made once per request (`evaluationRepositories`)
 * from the request's entity manager: a use case reads and writes through them, never through the ORM,
 * so that it can run on in-memory fakes. One object (the answer path allocates nothing more): the
 * answer's statements (prepared, with prescription's campaign SQL) and the certification's port are
 * methods bound to its entity manager. `transaction` runs its work on repositories bound to one
 * transaction (nothing half-written).
 */
export interface EvaluationRepositories {
  assessments: Pick<AssessmentRepository, 'findById' | 'findStarted' | 'create' | 'createForCampaign' | 'moveOn' | 'closeStarted' | 'markServed'>;
  /** The test, its answers and knowledge, in one statement; null when there is no such test. */
  answerContext(assessmentId: number): Promise<AnswerContext | null>;
  /** One atomic statement: null when another request moved the test first. */
  recordAnswer(record: AnswerRecord): Promise<{ id: number; createdAt: Date } | null>;
  /** The latest element of each skill of one competence, reset ones included. */
  latestKnowledgeOfCompetence(
    userId: number,
    competenceId: string,
  ): Promise<{ skillId: string; status: 'validated' | 'invalidated' | 'reset'; earnedPix: number; assessmentId: number | null; createdAt: Date }[]>;
  /** The latest element of each skill a test targets, from elsewhere than this test. */
  knowledgeBeforeTest(
    assessment: Pick<AssessmentRow, 'id' | 'userId' | 'type' | 'competenceId'>,
    targetSkillIds?: readonly string[],
  ): Promise<{ skillId: string; status: string }[]>;
  addKnowledgeElements(elements: NewKnowledgeElement[]): Promise<void>;
  /** Records or removes a learner's preference for a tutorial; idempotent. */
  storeTutorialPreference(request: { userId: number; tutorialId: string; preference: TutorialPreference; on: boolean }): Promise<void>;
  /** The certification's port (CertificationTests), on these repositories' entity manager; only called when the port was given. */
  admitCertificationAnswer(request: { assessmentId: number; userId: number; now: Date }): Promise<CertificationQuestions>;
  recordCertificationAnswered(event: CertificationAnswered): Promise<void>;
  mayServeCertification(request: { assessmentId: number; now: Date }): Promise<boolean>;
  transaction<T>(work: (repositories: EvaluationRepositories) => Promise<T>): Promise<T>;
  /** A unique index refused the write (a second test started concurrently). */
  isUniqueViolation(error: unknown): boolean;
}
