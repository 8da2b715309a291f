import { DEFAULT_CONTENT_ROOT, readReleaseFiles } from '../../src/learning-content/infrastructure/release-files';
import { answerCheckListProblems, cueProblems, isRightProposalLongest } from '../../src/learning-content/domain/release-rules';
import type { Challenge } from '../../src/learning-content/domain/learning-content';
import { checkAnswer } from '../../src/evaluation/domain/answer-checking';

/**
 * The content lint, answers side: every answer a challenge lists in `mustAccept` is ok under the real
 * answer checker and every one in `mustRefuse` is ko; reviewed open challenges must list them.
 */
const release = readReleaseFiles(DEFAULT_CONTENT_ROOT);
const open = release.challenges.filter((c) => c.type !== 'QCU' && c.type !== 'QCM' && c.status === 'validated');

describe('the answers listed by the challenges (mustAccept, mustRefuse)', () => {
  it('accepts every answer of mustAccept', () => {
    const failures = open.flatMap((c) => (c.answerChecks?.accept ?? []).filter((v) => checkAnswer(c, v) !== 'ok').map((v) => `${c.id}: ${v}`));
    expect(failures).toEqual([]);
  });

  it('refuses every answer of mustRefuse', () => {
    const failures = open.flatMap((c) => (c.answerChecks?.refuse ?? []).filter((v) => checkAnswer(c, v) !== 'ko').map((v) => `${c.id}: ${v}`));
    expect(failures).toEqual([]);
  });

  it('accepts every answer of mustAcceptEn and refuses every one of mustRefuseEn (what a learner in English types)', () => {
    const accepted = open.flatMap((c) => (c.answerChecks?.acceptEn ?? []).filter((v) => checkAnswer(c, v) !== 'ok').map((v) => `${c.id}: ${v}`));
    const refused = open.flatMap((c) => (c.answerChecks?.refuseEn ?? []).filter((v) => checkAnswer(c, v) !== 'ko').map((v) => `${c.id}: ${v}`));
    expect({ accepted, refused }).toEqual({ accepted: [], refused: [] });
  });

  it('lists them for every open challenge of the release (all reviewed), the challenges of issue 15 included', () => {
    expect(answerCheckListProblems(release.challenges)).toEqual([]);
    const named = ['donneesPersonnelles4-a', 'publicationWeb6-a', 'formulesTableur2-a', 'relayerContenus4-a', 'donneesPersonnelles3-a', 'formatsTexte1-a'];
    expect(named.filter((id) => (release.challenges.find((c) => c.id === id)?.answerChecks?.accept.length ?? 0) < 5)).toEqual([]);
    expect(open.filter((c) => !c.reviewed).map((c) => c.id)).toEqual([]);
  });

  it('refuses an open challenge not reviewed, or reviewed with too short lists', () => {
    const base = { type: 'QROC', status: 'validated', fields: [{ name: 'r', label: 'R' }] } as const;
    const select = { type: 'QROC', status: 'validated', fields: [{ name: 'r', label: 'R', format: 'select', options: ['a', 'b'] }] } as const;
    const challenge = (id: string, extra: object) => ({ id, ...extra }) as unknown as Challenge;
    expect(
      answerCheckListProblems([
        challenge('a-a', base),
        challenge('a-b', { ...base, reviewed: true, answerChecks: { accept: ['1', '2', '3', '4'], refuse: ['x', 'y', 'z'] } }),
        challenge('a-c', { ...base, reviewed: true, answerChecks: { accept: ['1', '2', '3', '4', '5'], refuse: ['x', 'y', 'z'] } }),
        challenge('a-d', { ...select, reviewed: true, answerChecks: { accept: ['a'], refuse: ['b', 'c', 'd'] } }),
        challenge('a-e', { ...base, status: 'archived' }),
      ]),
    ).toEqual([
      'challenge a-a is not reviewed (reviewed: true, with its mustAccept and mustRefuse answers)',
      'challenge a-b lists 4 answer(s) to accept and 3 to refuse (at least 5 and 3)',
    ]);
  });
});

describe('the cue rules of choice challenges', () => {
  const qcu = (proposals: string[], solution: string) =>
    ({ id: 'x-a', type: 'QCU', status: 'validated', proposals, solution }) as unknown as Challenge;

  it.each<[string[], string, boolean]>([
    [['court', 'la réponse la plus longue'], '2', true],
    [['court', 'la réponse la plus longue'], '1', false],
    [['même', 'même'], '1', false],
    [['aaaa', 'bb', 'cccc'], '3', false],
  ])('%j with %s right: the right one is the longest = %s', (proposals, solution, expected) => {
    expect(isRightProposalLongest(qcu(proposals, solution))).toBe(expected);
  });

  it('refuses two identical proposals, and a release where the right one is the longest too often', () => {
    expect(cueProblems([qcu(['Oui', ' oui ', 'Non, jamais'], '3')])).toEqual(['challenge x-a has two identical proposals', expect.stringContaining('1 of 1 QCU')]);
    expect(cueProblems([qcu(['a', 'bb'], '1'), qcu(['a', 'bb'], '1'), qcu(['a', 'bb'], '1'), qcu(['a', 'bb'], '2')])).toEqual([]);
  });
});
