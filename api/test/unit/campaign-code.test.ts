import { randomInt } from 'node:crypto';
import {
  CAMPAIGN_CODE_RULES,
  generateCampaignCode,
  isCampaignCode,
  normalizeCampaignCode,
} from '../../src/prescription/campaign/domain/campaign-code';

/** A source that returns the given values in turn (modulo the asked range). */
const sequence = (...values: number[]) => {
  let i = 0;
  return (max: number) => values[i++ % values.length] % max;
};

describe('campaign codes (domain.md §6)', () => {
  it('draws 6 letters then 3 digits from the injected randomness', () => {
    expect(generateCampaignCode(() => 0)).toBe('AAAAAA222');
    expect(generateCampaignCode((max) => max - 1)).toBe('ZZZZZZ999');
    expect(generateCampaignCode(sequence(21, 14, 1, 18, 3, 5, 5, 3, 7))).toBe('YRBVDF759');
  });

  it('never uses I, L, O, 0 nor 1, and reaches every other letter and digit', () => {
    expect(CAMPAIGN_CODE_RULES.letters).toHaveLength(23);
    expect(CAMPAIGN_CODE_RULES.letters).not.toMatch(/[ILO]/);
    expect(CAMPAIGN_CODE_RULES.digits).toBe('23456789');
    const seen = new Set<string>();
    for (let n = 0; n < 23; n += 1) for (const c of generateCampaignCode((max) => n % max)) seen.add(c);
    expect([...seen].sort().join('')).toBe('23456789ABCDEFGHJKMNPQRSTUVWXYZ');
  });

  it('always gives a well-formed code with a cryptographic source', () => {
    for (let i = 0; i < 2_000; i += 1) {
      const code = generateCampaignCode(randomInt);
      expect(code).toMatch(/^[A-HJKMNP-Z]{6}[2-9]{3}$/);
      expect(isCampaignCode(code)).toBe(true);
    }
  });

  it('normalises what is typed: spaces removed, upper case', () => {
    expect(normalizeCampaignCode('  yrbvdf759 ')).toBe('YRBVDF759');
    expect(normalizeCampaignCode('yrb vdf\t759\n')).toBe('YRBVDF759');
    expect(normalizeCampaignCode('YRBVDF759')).toBe('YRBVDF759');
  });

  it('tells a code from anything else', () => {
    expect(isCampaignCode('YRBVDF759')).toBe(true);
    for (const wrong of ['YRBVDF75', 'YRBVDF7590', 'YRBVDI759', 'YRBVDO759', 'YRBVDL759', 'YRBVDF751', 'YRBVDF709', 'yrbvdf759', '123456789', ''])
      expect([wrong, isCampaignCode(wrong)]).toEqual([wrong, false]);
  });
});
