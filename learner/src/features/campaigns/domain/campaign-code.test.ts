import { isCampaignCodeShape, normalizeCampaignCode } from './campaign-code';

describe('campaign codes', () => {
  it('trims, drops inner spaces and upper-cases what is typed', () => {
    expect(normalizeCampaignCode('  yrbvdf759 ')).toBe('YRBVDF759');
    expect(normalizeCampaignCode('yrb vdf 759')).toBe('YRBVDF759');
    expect(normalizeCampaignCode('\tYrBvDf759\n')).toBe('YRBVDF759');
  });

  it('accepts 9 letters or digits only', () => {
    expect(isCampaignCodeShape('YRBVDF759')).toBe(true);
    expect(isCampaignCodeShape('YRBVDF75')).toBe(false);
    expect(isCampaignCodeShape('YRBVDF7599')).toBe(false);
    expect(isCampaignCodeShape('YRBVDF-59')).toBe(false);
    expect(isCampaignCodeShape('yrbvdf759')).toBe(false);
  });
});
