/**
 * The v2 scoring table (domain.md, "Certification › Scoring"): for a competence with C questions of
 * which K were answered correctly and N neutralised, and the candidate's reproducibility rate R, the
 * competence is validated at the profile's level (V), downgraded one level (D) or uncertified (U).
 * Every (C, K, N) a test can produce is in the table (K + N ≤ C ≤ 3); "any" rows are written out.
 */
export type CompetenceOutcome = 'V' | 'D' | 'U';

/** The three bands of R: R ≥ 80 %, 70 % ≤ R < 80 %, R < 70 %. */
export type ReproducibilityBand = 'HIGH' | 'MEDIUM' | 'LOW';

type Row = readonly [high: CompetenceOutcome, medium: CompetenceOutcome, low: CompetenceOutcome];

const UNCERTIFIED: Row = ['U', 'U', 'U'];

/** Key `C,K,N`. */
const TABLE: Readonly<Record<string, Row>> = {
  '3,3,0': ['V', 'V', 'V'],
  '3,2,0': ['V', 'D', 'D'],
  '3,2,1': ['V', 'V', 'V'],
  '3,1,0': UNCERTIFIED,
  '3,1,1': ['V', 'D', 'U'],
  '3,1,2': ['V', 'V', 'D'],
  '3,0,0': UNCERTIFIED,
  '3,0,1': UNCERTIFIED,
  '3,0,2': UNCERTIFIED,
  '3,0,3': UNCERTIFIED,
  '2,2,0': ['V', 'V', 'V'],
  '2,1,0': ['V', 'D', 'U'],
  '2,1,1': ['V', 'V', 'D'],
  '2,0,0': UNCERTIFIED,
  '2,0,1': UNCERTIFIED,
  '2,0,2': UNCERTIFIED,
  '1,1,0': ['V', 'V', 'D'],
  '1,0,0': UNCERTIFIED,
  '1,0,1': UNCERTIFIED,
};

const BAND_INDEX: Record<ReproducibilityBand, 0 | 1 | 2> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/**
 * The outcome of one competence. A competence without question (none could be chosen) is uncertified;
 * a combination outside the table (more than 3 questions, K + N > C) is a bug of the caller: it throws.
 */
export function competenceOutcome(questions: number, correct: number, neutralized: number, band: ReproducibilityBand): CompetenceOutcome {
  if (questions === 0) return 'U';
  const row = TABLE[`${questions},${correct},${neutralized}`];
  if (!row) throw new Error(`no scoring rule for ${questions} question(s), ${correct} correct, ${neutralized} neutralised`);
  return row[BAND_INDEX[band]];
}

/** R in integer arithmetic (no floating-point edge at exactly 70 % or 80 %). */
export function bandOf(correct: number, counted: number): ReproducibilityBand {
  if (correct * 100 >= 80 * counted) return 'HIGH';
  if (correct * 100 >= 70 * counted) return 'MEDIUM';
  return 'LOW';
}
