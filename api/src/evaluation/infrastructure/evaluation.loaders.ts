import DataLoader from 'dataloader';
import type { KnowledgeElementFact } from '../domain/profile';
import { latestKnowledgeElementsOfUsers } from './knowledge-element.repository';
import { AssessmentRepository, type AnswerRow, type AssessmentRow } from './assessment.repository';
import type { StatementTarget } from '../../shared/infrastructure/database/knex-of';
import { loadAnswerContexts, type AnswerContext } from './answer-context.repository';
import type { CampaignTestSql } from './campaign-test-sql';
import { tutorialPreferencesOfUsers, type TutorialPreferences } from './tutorial-preference.repository';

/** `em`: where the statements run (the request's entity manager, or the platform's connection: these loaders need no unit of work). */
export function createEvaluationLoaders(em: StatementTarget, campaignTests: CampaignTestSql) {
  return {
    /** Tests with their answers and the learner's knowledge (campaign progress bars): one statement for all. */
    answerContext: new DataLoader<number, AnswerContext | null>(async (ids) => {
      const contexts = await loadAnswerContexts(em, campaignTests, ids);
      return ids.map((id) => contexts.find((c) => c.assessment.id === id) ?? null);
    }),
    knowledgeElementsByUser: new DataLoader<number, KnowledgeElementFact[]>(async (userIds) => {
      const byUser = await latestKnowledgeElementsOfUsers(em, userIds);
      return userIds.map((id) => byUser.get(id) ?? []);
    }),
    /** The latest positioning test of each competence, per learner. */
    latestAssessmentsByUser: new DataLoader<number, AssessmentRow[]>(async (userIds) => {
      const rows = await new AssessmentRepository(em).latestOfUsers(userIds);
      return userIds.map((id) => rows.filter((row) => row.userId === id));
    }),
    /** The test of each campaign participation (an assessment campaign's). */
    assessmentByParticipation: new DataLoader<number, AssessmentRow | null>(async (participationIds) => {
      const rows = await new AssessmentRepository(em).ofParticipations(participationIds);
      return participationIds.map((id) => rows.find((row) => row.campaignParticipationId === id) ?? null);
    }),
    answersByAssessment: new DataLoader<number, AnswerRow[]>(async (ids) => {
      const rows = await new AssessmentRepository(em).answersOf(ids);
      return ids.map((id) => rows.filter((row) => row.assessmentId === id));
    }),
    /** Saved and liked tutorials of a learner, ordered by saving date (most recent first). */
    tutorialPreferences: new DataLoader<number, TutorialPreferences>((userIds) => tutorialPreferencesOfUsers(em, userIds)),
  };
}
