import { finalizationInput, finalizationProblems, incidentProblem } from './finalization-form';

describe('the finalisation form', () => {
  it.each([
    [{ code: '', questionNumber: '', comment: '' }, 18, 'codeRequired'],
    [{ code: 'E1', questionNumber: '', comment: '' }, 18, 'questionRequired'],
    [{ code: 'E7', questionNumber: '  ', comment: 'x' }, 18, 'questionRequired'],
    [{ code: 'E1', questionNumber: '0', comment: '' }, 18, 'questionRange'],
    [{ code: 'E1', questionNumber: '19', comment: '' }, 18, 'questionRange'],
    [{ code: 'E1', questionNumber: '2.5', comment: '' }, 18, 'questionRange'],
    [{ code: 'E1', questionNumber: '18', comment: '' }, 18, null],
    [{ code: 'E3', questionNumber: '40', comment: '' }, null, null],
    [{ code: 'C3', questionNumber: '', comment: '' }, 18, null],
    [{ code: 'A1', questionNumber: '', comment: '' }, 18, 'commentRequired'],
    [{ code: 'A2', questionNumber: '', comment: "L'ordinateur s'est éteint" }, 18, null],
  ] as const)('%j (N = %j): %j', (incident, total, problem) => {
    expect(incidentProblem({ ...incident }, total)).toBe(problem);
  });

  it('keys the problems by candidate and incident, and builds the input with the question number for E codes only', () => {
    const candidates = [
      { candidateId: '1', endScreenSeen: true, numberOfQuestions: 18, incidents: [{ code: 'E1' as const, questionNumber: ' 3 ', comment: '' }, { code: 'C3' as const, questionNumber: '7', comment: ' vu ' }] },
      { candidateId: '2', endScreenSeen: false, numberOfQuestions: 15, incidents: [{ code: 'E2' as const, questionNumber: '', comment: '' }] },
    ];
    expect([...finalizationProblems(candidates)]).toEqual([['2:0', 'questionRequired']]);
    expect(finalizationInput('9', [candidates[0]], '  ')).toEqual({
      sessionId: '9',
      comment: null,
      candidates: [
        {
          candidateId: '1',
          endScreenSeen: true,
          incidents: [
            { code: 'E1', questionNumber: 3, comment: null },
            { code: 'C3', questionNumber: null, comment: 'vu' },
          ],
        },
      ],
    });
  });
});
