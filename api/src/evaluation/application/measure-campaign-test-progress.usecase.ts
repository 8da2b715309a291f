import type { LearningContent } from '../../learning-content';
import type { AnswerContext } from '../infrastructure/answer-context.repository';
import { assessmentEngineOf } from './engine-input';

/** The progress of a campaign's test, in % (100 once ended); null for a positioning test. */
export function measureCampaignTestProgress(content: LearningContent, context: AnswerContext): number | null {
  const { assessment } = context;
  if (assessment.type !== 'CAMPAIGN') return null;
  if (assessment.state === 'COMPLETED') return 100;
  return assessmentEngineOf(content, assessment, context.answers, context.prior, context.targetSkillIds).progress();
}
