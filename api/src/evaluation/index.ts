/** What other contexts may use of the evaluation (campaign participations, certification). */
export { createCampaignAssessment } from './application/create-campaign-assessment.usecase';
export type { EvaluationDependencies } from './application/start-competence-evaluation.usecase';
export type { AssessmentRow, AnswerRow } from './domain/assessment';
export { latestKnowledgeElementsOfUsers } from './application/latest-knowledge-elements';
export type { KnowledgeElementFact } from './domain/profile';
export { createEvaluationLoaders } from './infrastructure/evaluation.loaders';
export type { CampaignTestSql } from './infrastructure/campaign-test-sql';
export {
  createCertificationAssessment,
  moveCertificationTestOn,
  endCertificationAssessments,
  answersOfAssessments,
  assessmentsByIds,
  certificationKnowledgeOf,
  type DirectKnowledge,
} from './application/certification-assessment';
export {
  nextCertificationChallenge,
  type CertificationTests,
  type CertificationQuestions,
  type CertificationAnswered,
} from './application/certification-tests';
