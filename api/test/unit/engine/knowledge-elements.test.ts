import { knowledgeElementsOf, type EngineAnswer, type EngineSkill } from '../../../src/evaluation/domain/engine';

/** A competence of three tubes: A and B from level 1 to 6, C from 1 to 3 (every level has ≥ 2 skills). */
function competence(): EngineSkill[] {
  const skills: EngineSkill[] = [];
  for (const tube of ['A', 'B']) for (let level = 1; level <= 6; level += 1) skills.push({ id: `${tube}${level}`, tubeId: tube, level });
  for (let level = 1; level <= 3; level += 1) skills.push({ id: `C${level}`, tubeId: 'C', level });
  return skills;
}

const answer = (skillId: string, result: EngineAnswer['result'], variant = 'a'): EngineAnswer => ({
  skillId,
  challengeId: `${skillId}-${variant}`,
  result,
});

/** skillId → "status/source@answerIndex", sorted, to compare in one line. */
function summary(answers: EngineAnswer[], extra: Partial<Parameters<typeof knowledgeElementsOf>[0]> = {}): Record<string, string> {
  const elements = knowledgeElementsOf({ skills: competence(), answers, prior: [], ...extra });
  return Object.fromEntries(elements.map((e) => [e.skillId, `${e.status === 'validated' ? 'V' : 'I'}/${e.source === 'direct' ? 'd' : 'i'}@${e.answerIndex}`]));
}

describe('knowledge elements and inference (domain.md §2)', () => {
  it('gives nothing before the first answer', () => {
    expect(knowledgeElementsOf({ skills: competence(), answers: [], prior: [] })).toEqual([]);
  });

  it('validates the skill answered and the easier skills of its tube after a success, nothing beyond the tube', () => {
    expect(summary([answer('A3', 'ok')])).toEqual({ A3: 'V/d@0', A1: 'V/i@0', A2: 'V/i@0' });
  });

  it('invalidates the skill answered and the harder skills of its tube after a failure', () => {
    expect(summary([answer('B2', 'ko')])).toEqual({ B2: 'I/d@0', B3: 'I/i@0', B4: 'I/i@0', B5: 'I/i@0', B6: 'I/i@0' });
  });

  it.each(['ko', 'skipped', 'timed-out', 'focused-out'] as const)('counts a %s answer as a failure', (result) => {
    expect(summary([answer('C3', result)])).toEqual({ C3: 'I/d@0' });
  });

  it('lets the latest answer stand when two answers of a tube disagree on a skill between them (the literal rule)', () => {
    const literal = { settings: { distrustAbove: 1 } };
    expect(summary([answer('A5', 'ok'), answer('A2', 'ko')], literal)).toEqual({
      A5: 'V/d@0',
      A1: 'V/i@0',
      A2: 'I/d@1',
      A3: 'I/i@1',
      A4: 'I/i@1',
      A6: 'I/i@1',
    });
    expect(summary([answer('A2', 'ko'), answer('A5', 'ok')], literal)).toEqual({
      A2: 'I/d@0',
      A6: 'I/i@0',
      A5: 'V/d@1',
      A1: 'V/i@1',
      A3: 'V/i@1',
      A4: 'V/i@1',
    });
  });

  it('does not spread inside its tube an answer that the rest of the evidence contradicts (a likely slip)', () => {
    const answers = [answer('A4', 'ok'), answer('B4', 'ok'), answer('C3', 'ok'), answer('B1', 'ko')];
    const elements = summary(answers);
    expect(elements).toMatchObject({ B1: 'I/d@3', B2: 'V/i@1', B3: 'V/i@1' });
    expect(elements.B5).not.toBe('I/i@3');
    // The literal rule would invalidate B5 and B6 from the slip on B1.
    expect(summary(answers, { settings: { distrustAbove: 1 } })).toMatchObject({ B5: 'I/i@3', B6: 'I/i@3' });
  });

  it('keeps the latest answer when a skill is asked again with another challenge', () => {
    const answers = [answer('A2', 'ko'), answer('B2', 'ok'), answer('A2', 'ok', 'b')];
    const elements = knowledgeElementsOf({ skills: competence(), answers, prior: [] });
    expect(elements.filter((e) => e.skillId === 'A2')).toEqual([{ skillId: 'A2', status: 'validated', source: 'direct', answerIndex: 2 }]);
    // The failure no longer stands: the harder skills of tube A are no longer inferred from it.
    expect(elements.find((e) => e.skillId === 'A3')?.status).not.toBe('invalidated');
  });

  it('infers beyond the tube only once the estimate is confident, with the source "inferred"', () => {
    const skills = [...competence(), { id: 'D2', tubeId: 'D', level: 2 }, { id: 'D6', tubeId: 'D', level: 6 }];
    const beyond = (answers: EngineAnswer[]) =>
      knowledgeElementsOf({ skills, answers, prior: [] }).filter((e) => e.skillId.startsWith('D'));
    expect(beyond([answer('A4', 'ok')])).toEqual([]);
    const five = [answer('A4', 'ok'), answer('B4', 'ok'), answer('A5', 'ko'), answer('B5', 'ko'), answer('C3', 'ok')];
    // Level 2 is settled, level 6 not yet (a level-6 learner may have slipped twice).
    expect(beyond(five)).toEqual([{ skillId: 'D2', status: 'validated', source: 'inferred', answerIndex: 4 }]);
    expect(beyond([...five, answer('A5', 'ko', 'b')])).toEqual([
      { skillId: 'D2', status: 'validated', source: 'inferred', answerIndex: 5 },
      { skillId: 'D6', status: 'invalidated', source: 'inferred', answerIndex: 5 },
    ]);
    expect(knowledgeElementsOf({ skills, answers: five, prior: [], settings: { crossTubeInference: false } }).map((e) => e.skillId)).not.toContain('D2');
  });

  it('makes a skill the test can never ask in the learner locale follow the estimate', () => {
    const skills = [...competence(), { id: 'D2', tubeId: 'D', level: 2 }];
    const challenges = skills.map((s) => ({ id: `${s.id}-a`, skillId: s.id, timer: null, locales: s.id === 'D2' ? ['fr'] : ['fr', 'en'] }));
    const answers = [answer('A3', 'ok')];
    const d2 = (locale: string) => knowledgeElementsOf({ skills, answers, prior: [], challenges, locale }).find((e) => e.skillId === 'D2');
    expect(d2('fr')).toBeUndefined();
    expect(d2('en')).toEqual({ skillId: 'D2', status: 'validated', source: 'inferred', answerIndex: 0 });
  });

  it('returns exactly one element per known skill, and none for the prior knowledge', () => {
    const answers = [answer('A2', 'ok'), answer('A4', 'ko'), answer('B3', 'ok'), answer('A4', 'ok', 'b'), answer('C2', 'ko')];
    const prior = [{ skillId: 'B1', status: 'validated' as const }, { skillId: 'C3', status: 'invalidated' as const }];
    const elements = knowledgeElementsOf({ skills: competence(), answers, prior });
    const ids = elements.map((e) => e.skillId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('B1');
    expect(ids).not.toContain('C3');
    for (const e of elements) expect(e.answerIndex).toBeGreaterThanOrEqual(0);
    for (const e of elements) expect(e.answerIndex).toBeLessThan(answers.length);
  });

  it('ignores answers on skills out of the target', () => {
    expect(summary([answer('Z9', 'ok'), answer('C1', 'ok')])).toEqual({ C1: 'V/d@1' });
  });
});
