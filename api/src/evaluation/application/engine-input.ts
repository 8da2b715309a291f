import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../../learning-content/domain/learning-content';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { EngineInput, PriorKnowledge } from '../domain/engine';
import type { AnswerRow, AssessmentRow } from '../infrastructure/assessment.repository';

/**
 * What the learner knew of the competence before this test: the latest element of each skill from
 * elsewhere (an earlier test), reset ones left out; a retry forgets the failures.
 */
export async function priorKnowledgeOf(em: EntityManager, assessment: AssessmentRow): Promise<PriorKnowledge[]> {
  const rows: { skill_id: string; status: string }[] = await knexOf(em)('knowledge_elements')
    .distinctOn('skill_id')
    .select('skill_id', 'status')
    .where({ user_id: assessment.userId, competence_id: assessment.competenceId })
    .andWhere((q) => q.whereNull('assessment_id').orWhereNot('assessment_id', assessment.id))
    .orderBy([{ column: 'skill_id' }, { column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]);
  return rows
    .filter((r) => r.status === 'validated' || (r.status === 'invalidated' && !assessment.isRetry))
    .map((r) => ({ skillId: r.skill_id, status: r.status as PriorKnowledge['status'] }));
}

/** The engine's view of a positioning test: the competence's active skills and their served challenges. */
export function engineInputOf(
  content: LearningContent,
  assessment: AssessmentRow,
  answers: AnswerRow[],
  prior: PriorKnowledge[],
): EngineInput {
  const skills = content.activeSkillsOf(assessment.competenceId);
  const challenges = skills.flatMap((skill) =>
    content
      .challengesOf(skill.id)
      .filter((c) => c.status === 'validated')
      .map((c) => ({ id: c.id, skillId: skill.id, timer: c.timer, locales: c.locales })),
  );
  return {
    skills: skills.map((s) => ({ id: s.id, tubeId: s.tubeId, level: s.level })),
    challenges,
    answers: answers.map((a) => ({ challengeId: a.challengeId, skillId: content.challenge(a.challengeId)!.skillId, result: a.result })),
    prior,
    seed: `assessment-${assessment.id}`,
    locale: assessment.locale,
  };
}
