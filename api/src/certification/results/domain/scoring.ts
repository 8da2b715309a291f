import { FRAMEWORK_RULES } from '../../../shared/domain/framework-rules';
import { bandOf, competenceOutcome, type CompetenceOutcome, type ReproducibilityBand } from './scoring-table';

/**
 * Certification scoring v2 (domain.md, "Certification › Scoring"), pure:
 * - only non-neutralised questions count; at least two thirds of the questions must be counted, else
 *   the certification is cancelled;
 * - R = correct / counted questions; R < 50 % → rejected with 0 pix;
 * - per competence, the table (scoring-table.ts) gives V (the profile's level and pix), D (one level
 *   and 8 pix less) or U (0);
 * - the certificate's pix is the sum; 0 → rejected.
 * A question left unanswered when the test ended counts as a wrong answer (the candidate ran out of
 * time or left) unless it is neutralised (an incident, a validated problem report, the jury).
 */
export type QuestionResult = 'ok' | 'ko' | 'skipped' | 'timed-out' | 'focused-out' | 'unanswered';

export interface ScoredQuestion {
  competenceId: string;
  result: QuestionResult;
  isNeutralized: boolean;
}

/** The profile of the moment the candidate joined, competence by competence. */
export interface PositionedCompetence {
  competenceId: string;
  level: number;
  pix: number;
}

export type CertificationStatus = 'VALIDATED' | 'REJECTED' | 'CANCELLED';
export type ScoringReason = 'TOO_MANY_NEUTRALIZED' | 'LOW_REPRODUCIBILITY' | 'NO_PIX';

export interface CompetenceMark {
  competenceId: string;
  questions: number;
  correct: number;
  neutralized: number;
  outcome: CompetenceOutcome;
  /** 0 when uncertified. */
  level: number;
  pix: number;
}

export interface CertificationScore {
  status: CertificationStatus;
  /** Why it is not validated; null when it is. */
  reason: ScoringReason | null;
  /** Correct and counted questions: R = correct / counted (null when nothing is counted). */
  correct: number;
  counted: number;
  reproducibilityRate: number | null;
  band: ReproducibilityBand | null;
  pixScore: number;
  competenceMarks: CompetenceMark[];
}

/** R ≥ 50 % in integer arithmetic. */
const MIN_REPRODUCIBILITY_PERCENT = 50;

function marksOf(questions: readonly ScoredQuestion[], profile: readonly PositionedCompetence[], band: ReproducibilityBand | null): CompetenceMark[] {
  return profile.map(({ competenceId, level, pix }) => {
    const own = questions.filter((question) => question.competenceId === competenceId);
    const neutralized = own.filter((question) => question.isNeutralized).length;
    const correct = own.filter((question) => !question.isNeutralized && question.result === 'ok').length;
    const outcome = band === null ? 'U' : competenceOutcome(own.length, correct, neutralized, band);
    const mark = { competenceId, questions: own.length, correct, neutralized, outcome };
    if (outcome === 'V') return { ...mark, level, pix };
    if (outcome === 'D') return { ...mark, level: Math.max(level - 1, 0), pix: Math.max(pix - FRAMEWORK_RULES.pixPerLevel, 0) };
    return { ...mark, level: 0, pix: 0 };
  });
}

export function scoreCertification(questions: readonly ScoredQuestion[], profile: readonly PositionedCompetence[]): CertificationScore {
  const counted = questions.filter((question) => !question.isNeutralized);
  const correct = counted.filter((question) => question.result === 'ok').length;
  const base = { correct, counted: counted.length };
  // At least two thirds counted: 3 × counted ≥ 2 × total (and at least one question).
  if (counted.length === 0 || 3 * counted.length < 2 * questions.length) {
    return { ...base, status: 'CANCELLED', reason: 'TOO_MANY_NEUTRALIZED', reproducibilityRate: null, band: null, pixScore: 0, competenceMarks: marksOf(questions, profile, null) };
  }
  const reproducibilityRate = correct / counted.length;
  if (correct * 100 < MIN_REPRODUCIBILITY_PERCENT * counted.length) {
    return { ...base, status: 'REJECTED', reason: 'LOW_REPRODUCIBILITY', reproducibilityRate, band: 'LOW', pixScore: 0, competenceMarks: marksOf(questions, profile, null) };
  }
  const band = bandOf(correct, counted.length);
  const competenceMarks = marksOf(questions, profile, band);
  const pixScore = competenceMarks.reduce((sum, mark) => sum + mark.pix, 0);
  if (pixScore === 0) return { ...base, status: 'REJECTED', reason: 'NO_PIX', reproducibilityRate, band, pixScore: 0, competenceMarks };
  return { ...base, status: 'VALIDATED', reason: null, reproducibilityRate, band, pixScore, competenceMarks };
}
