import { kindOfCode } from './code-kind';

describe("what a code typed in \"J'ai un code\" is", () => {
  it.each([
    ['BCDF23', 'ACCESS_CODE', 'BCDF23'],
    ['bcdf23', 'ACCESS_CODE', 'BCDF23'],
    [' kmpq 47 ', 'ACCESS_CODE', 'KMPQ47'],
    ['XYWV99', 'ACCESS_CODE', 'XYWV99'],
    ['YRBVDF759', 'CAMPAIGN', 'YRBVDF759'],
    ['yrb vdf 759', 'CAMPAIGN', 'YRBVDF759'],
    // A vowel or a letter outside the set: not an access code.
    ['BCAF23', 'INVALID', 'BCAF23'],
    ['BCLF23', 'INVALID', 'BCLF23'],
    // Digits outside 2346789.
    ['BCDF15', 'INVALID', 'BCDF15'],
    ['BCDF20', 'INVALID', 'BCDF20'],
    // Wrong lengths and orders.
    ['BCD23', 'INVALID', 'BCD23'],
    ['23BCDF', 'INVALID', '23BCDF'],
    ['BCDF234', 'INVALID', 'BCDF234'],
    ['', 'INVALID', ''],
  ])('%j is %s (%s)', (typed, kind, code) => {
    expect(kindOfCode(typed)).toEqual({ kind, code });
  });
});
