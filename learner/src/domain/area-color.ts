/**
 * Colour of an area, used as a decorative mark beside its heading. The API gives `color` either
 * as a CSS colour or as one of the real service's colour names; unknown values fall back on the
 * area's code.
 */
const NAMED_COLORS: Record<string, string> = {
  jaffa: '#f1a141',
  emerald: '#52d987',
  cerulean: '#12a3ff',
  'wild-strawberry': '#ff3f94',
  'butterfly-bush': '#564da6',
};

const COLORS_BY_AREA_CODE: Record<string, string> = {
  '1': NAMED_COLORS.jaffa,
  '2': NAMED_COLORS.emerald,
  '3': NAMED_COLORS.cerulean,
  '4': NAMED_COLORS['wild-strawberry'],
  '5': NAMED_COLORS['butterfly-bush'],
};

const CSS_COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\))$/i;

export function areaColor(area: { code: string; color: string }): string {
  const value = area.color.trim();
  if (CSS_COLOR.test(value)) return value;
  const named = NAMED_COLORS[value.toLowerCase().replace(/[\s_]+/g, '-')];
  return named ?? COLORS_BY_AREA_CODE[area.code] ?? '#6a6af4';
}
