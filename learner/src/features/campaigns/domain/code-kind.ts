import { isCampaignCodeShape, normalizeCampaignCode } from './campaign-code';

/**
 * What a code typed in "J'ai un code" is: a certification session's access code (domain.md §7: 4
 * letters from BCDFGHJKMPQRTVWXY then 2 digits from 2346789, e.g. BCDF23) or a campaign code (9
 * letters or digits). Case and spaces do not matter. Pure.
 */
export type TypedCode = { kind: 'ACCESS_CODE'; code: string } | { kind: 'CAMPAIGN'; code: string } | { kind: 'INVALID'; code: string };

const ACCESS_CODE = /^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/;

export function isAccessCodeShape(code: string): boolean {
  return ACCESS_CODE.test(code);
}

export function kindOfCode(typed: string): TypedCode {
  const code = normalizeCampaignCode(typed);
  if (isAccessCodeShape(code)) return { kind: 'ACCESS_CODE', code };
  if (isCampaignCodeShape(code)) return { kind: 'CAMPAIGN', code };
  return { kind: 'INVALID', code };
}
