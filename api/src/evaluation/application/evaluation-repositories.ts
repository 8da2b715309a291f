import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StatementTarget } from '../../shared/infrastructure/database/prepared-statement';
import type { JobQueue } from '../../shared/infrastructure/jobs/job-queue';
import type { AssessmentRow } from '../domain/assessment';
import { loadAnswerContext, recordAnswer } from '../infrastructure/answer-context.repository';
import { AssessmentRepository } from '../infrastructure/assessment.repository';
import type { CampaignTestSql } from '../infrastructure/campaign-test-sql';
import {
  clearTallies,
  countNewTests,
  lockRefresh,
  readLevelTallies,
  readStatisticsPage,
  readStoredMedians,
  readTimeTallies,
  writeStatistics,
} from '../infrastructure/challenge-statistics.repository';
import { addKnowledgeElements, latestKnowledgeBeforeTest, latestKnowledgeElementsOfCompetence, type NewKnowledgeElement } from '../infrastructure/knowledge-element.repository';
import { storeTutorialPreference, type TutorialPreference } from '../infrastructure/tutorial-preference.repository';
import type { CertificationAnswered, CertificationTests } from './certification-tests';
import type { ChallengeStatisticsRepositories } from './challenge-statistics-dependencies';
import type { AnswerRecord, EvaluationRepositories } from './dependencies';

/**
 * The evaluation use cases' repositories on an entity manager (the request's): one small object, made
 * where the resolver calls the use case (no cache: the answer's hot path allocates this object only).
 */
export function evaluationRepositories(em: EntityManager | RequestUnitOfWork, ports: EvaluationPorts): EvaluationRepositories {
  return new EntityManagerEvaluationRepositories(em, ports);
}

/**
 * A request's unit of work as the GraphQL context gives it: its entity manager, forked on first use, and
 * where a raw statement runs meanwhile (an answer's two statements need no entity manager).
 */
export interface RequestUnitOfWork {
  readonly em: EntityManager;
  readonly statements: StatementTarget;
}

/** The ports given at start: prescription's campaign SQL (needed by an answer's statements), the certification's rules. */
export interface EvaluationPorts {
  campaignTests?: CampaignTestSql;
  certificationTests?: CertificationTests;
}

/**
 * The evaluation's repositories on one entity manager (the request's, or a transaction's). A single
 * object whose methods hand the entity manager to the statements: the answer's hot path allocates
 * nothing else (the assessment repository is made only when a use case asks for it).
 */
class EntityManagerEvaluationRepositories implements EvaluationRepositories {
  private assessmentRepository: AssessmentRepository | undefined;

  private readonly work: RequestUnitOfWork;

  constructor(
    em: EntityManager | RequestUnitOfWork,
    private readonly ports: EvaluationPorts,
  ) {
    this.work = isUnitOfWork(em) ? em : { em, statements: em };
  }

  private get em(): EntityManager {
    return this.work.em;
  }

  get assessments(): AssessmentRepository {
    return (this.assessmentRepository ??= new AssessmentRepository(this.em));
  }

  answerContext(assessmentId: number) {
    return loadAnswerContext(this.work.statements, this.ports.campaignTests!, assessmentId);
  }

  recordAnswer(record: AnswerRecord) {
    return recordAnswer(this.work.statements, this.ports.campaignTests!, record);
  }

  latestKnowledgeOfCompetence(userId: number, competenceId: string) {
    return latestKnowledgeElementsOfCompetence(this.em, userId, competenceId);
  }

  knowledgeBeforeTest(assessment: Pick<AssessmentRow, 'id' | 'userId' | 'type' | 'competenceId'>, targetSkillIds?: readonly string[]) {
    return latestKnowledgeBeforeTest(this.em, assessment, targetSkillIds);
  }

  addKnowledgeElements(elements: NewKnowledgeElement[]) {
    return addKnowledgeElements(this.em, elements);
  }

  storeTutorialPreference(request: { userId: number; tutorialId: string; preference: TutorialPreference; on: boolean }) {
    return storeTutorialPreference(this.em, request);
  }

  admitCertificationAnswer(request: { assessmentId: number; userId: number; now: Date }) {
    return this.ports.certificationTests!.admitAnswer(this.em, request);
  }

  recordCertificationAnswered(event: CertificationAnswered) {
    return this.ports.certificationTests!.recordAnswered(this.em, event);
  }

  mayServeCertification(request: { assessmentId: number; now: Date }) {
    return this.ports.certificationTests!.mayServe(this.em, request);
  }

  transaction<T>(work: (repositories: EvaluationRepositories) => Promise<T>): Promise<T> {
    return this.em.transactional((tem) => work(new EntityManagerEvaluationRepositories(tem, this.ports)));
  }

  isUniqueViolation(error: unknown): boolean {
    return error instanceof UniqueConstraintViolationException;
  }
}

function isUnitOfWork(em: EntityManager | RequestUnitOfWork): em is RequestUnitOfWork {
  return 'statements' in em;
}

/** The measured difficulties' statements on one entity manager (the request's, the job's, or a transaction's). */
export function challengeStatisticsRepositories(em: EntityManager, jobs?: JobQueue): ChallengeStatisticsRepositories {
  return {
    lockRefresh: () => lockRefresh(em),
    clearTallies: () => clearTallies(em),
    countNewTests: (now, levels) => countNewTests(em, now, levels),
    levelTallies: () => readLevelTallies(em),
    timeTallies: (challengeIds) => readTimeTallies(em, challengeIds),
    storedMedians: () => readStoredMedians(em),
    writeStatistics: (rows, refresh) => writeStatistics(em, rows, refresh),
    page: (filter, window) => readStatisticsPage(em, filter, window),
    enqueue: (queue, data) => jobs!.send(queue, data, em),
    transaction: (work) => em.transactional((tem) => work(challengeStatisticsRepositories(tem, jobs))),
  };
}
