import { knowledgeElementsOf } from './knowledge-elements';
import { nextChallenge, type EngineInput } from './next-challenge';
import type { EngineSettings } from './settings';
import type { DerivedKnowledgeElement, EngineAnswer, EngineChallenge, EngineDecision, EngineSkill, PriorKnowledge } from './types';

/**
 * A test over a set of skills that spans several competences: a campaign's test (domain.md §6). Levels
 * are per competence, so the set is tested as one adaptive test per competence, one competence after
 * the other, each exactly as the positioning engine runs it on those skills (the same estimate, the
 * same inferences, the same end rule). Skills the learner's earlier knowledge elements already settle
 * are never asked (prior knowledge). Pure.
 */
export interface SkillSetSkill extends EngineSkill {
  competenceId: string;
}

export interface SkillSetInput {
  /** The target skills, competence after competence in the order they are to be tested. */
  skills: SkillSetSkill[];
  /** Playable challenges of those skills (validated status). */
  challenges: EngineChallenge[];
  /** This test's answers so far, in order. */
  answers: EngineAnswer[];
  prior: PriorKnowledge[];
  /** The assessment's id: same input → same decision. */
  seed: string;
  locale: string;
  settings?: Partial<EngineSettings>;
}

/** The adaptive test of one competence of the set, with where its answers sit in the whole test. */
interface Part {
  competenceId: string;
  /** Filled while the parts are made, read only afterwards. */
  input: EngineInput & { skills: EngineSkill[]; challenges: EngineChallenge[] };
  /** answerIndexes[i]: index in the whole test of the part's i-th answer. */
  answerIndexes: number[];
}

function partsOf(input: SkillSetInput): Part[] {
  const parts = new Map<string, Part>();
  const partOfSkill = new Map<string, Part>();
  for (const skill of input.skills) {
    let part = parts.get(skill.competenceId);
    if (!part) {
      part = {
        competenceId: skill.competenceId,
        input: { skills: [], challenges: [], answers: [], prior: [], seed: `${input.seed}:${skill.competenceId}`, locale: input.locale, settings: input.settings },
        answerIndexes: [],
      };
      parts.set(skill.competenceId, part);
    }
    if (partOfSkill.has(skill.id)) continue;
    partOfSkill.set(skill.id, part);
    part.input.skills.push({ id: skill.id, tubeId: skill.tubeId, level: skill.level });
  }
  for (const challenge of input.challenges) partOfSkill.get(challenge.skillId)?.input.challenges.push(challenge);
  for (const ke of input.prior) partOfSkill.get(ke.skillId)?.input.prior.push(ke);
  input.answers.forEach((answer, index) => {
    const part = partOfSkill.get(answer.skillId);
    if (!part) return;
    part.input.answers.push(answer);
    part.answerIndexes.push(index);
  });
  return [...parts.values()];
}

export interface SkillSetStep {
  decision: EngineDecision;
  /** The competence being tested (null once the test has ended). */
  competenceId: string | null;
  /** Share of the target skills settled so far, in % (100 only at the end): for a progress bar. */
  progress: number;
}

/** Knowledge elements of one part, with answer indexes of the whole test. */
function partKnowledge(part: Part): DerivedKnowledgeElement[] {
  return knowledgeElementsOf(part.input).map((ke) => ({ ...ke, answerIndex: part.answerIndexes[ke.answerIndex] }));
}

/**
 * The next challenge of the test (the first competence whose own test has not ended), or its end, with
 * the progress: skills of the competences already tested, plus those known so far in the current one
 * (answered or inferred), plus those the learner's earlier knowledge settles in the next ones.
 */
export function nextSkillSetStep(input: SkillSetInput): SkillSetStep {
  const parts = partsOf(input);
  const total = parts.reduce((sum, part) => sum + part.input.skills.length, 0);
  let settled = 0;
  for (const [index, part] of parts.entries()) {
    const decision = nextChallenge(part.input);
    if (decision.kind === 'end') {
      settled += part.input.skills.length;
      continue;
    }
    const known = new Set([...part.input.prior.map((ke) => ke.skillId), ...knowledgeElementsOf(part.input).map((ke) => ke.skillId)]);
    settled += known.size;
    for (const later of parts.slice(index + 1)) settled += new Set(later.input.prior.map((ke) => ke.skillId)).size;
    const progress = total ? Math.min(99, Math.floor((100 * settled) / total)) : 0;
    return { decision, competenceId: part.competenceId, progress };
  }
  return { decision: { kind: 'end' }, competenceId: null, progress: 100 };
}

/** The knowledge elements after all answers, one per known skill, in the order of the answers that gave them. */
export function skillSetKnowledgeElementsOf(input: SkillSetInput): DerivedKnowledgeElement[] {
  const order = new Map(input.skills.map((skill, index) => [skill.id, index]));
  return partsOf(input)
    .flatMap(partKnowledge)
    .sort((a, b) => a.answerIndex - b.answerIndex || order.get(a.skillId)! - order.get(b.skillId)!);
}
