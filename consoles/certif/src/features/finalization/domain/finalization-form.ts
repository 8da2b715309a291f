/**
 * The finalisation form (domain.md §7, "Finalisation" and the incident report codes): per candidate
 * "Écran de fin du test vu" and incidents, a global comment. E1–E7 carry the question number. Pure.
 */
export const INCIDENT_CODES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'A1', 'A2'] as const;
export type IncidentCode = (typeof INCIDENT_CODES)[number];

export interface IncidentDraft {
  code: IncidentCode | '';
  /** As typed. */
  questionNumber: string;
  comment: string;
}

export interface CandidateDraft {
  candidateId: string;
  endScreenSeen: boolean;
  incidents: IncidentDraft[];
  /** The number of questions of their test (null: not joined). */
  numberOfQuestions: number | null;
}

export type IncidentProblem = 'codeRequired' | 'questionRequired' | 'questionRange' | 'commentRequired';

export const isChallengeIncident = (code: string): boolean => /^E[1-7]$/.test(code);
const needsComment = (code: string): boolean => code === 'A1' || code === 'A2';

export function incidentProblem(incident: IncidentDraft, numberOfQuestions: number | null): IncidentProblem | null {
  if (!incident.code) return 'codeRequired';
  if (isChallengeIncident(incident.code)) {
    const typed = incident.questionNumber.trim();
    if (!typed) return 'questionRequired';
    const n = Number(typed);
    if (!/^\d+$/.test(typed) || n < 1 || (numberOfQuestions !== null && n > numberOfQuestions)) return 'questionRange';
  }
  if (needsComment(incident.code) && !incident.comment.trim()) return 'commentRequired';
  return null;
}

/** Every problem of the form, keyed `candidateId:index`. */
export function finalizationProblems(candidates: readonly CandidateDraft[]): Map<string, IncidentProblem> {
  const problems = new Map<string, IncidentProblem>();
  for (const candidate of candidates)
    candidate.incidents.forEach((incident, index) => {
      const problem = incidentProblem(incident, candidate.numberOfQuestions);
      if (problem) problems.set(`${candidate.candidateId}:${index}`, problem);
    });
  return problems;
}

/** The API's input once the form is valid. */
export function finalizationInput(sessionId: string, candidates: readonly CandidateDraft[], comment: string) {
  return {
    sessionId,
    comment: comment.trim() || null,
    candidates: candidates.map((candidate) => ({
      candidateId: candidate.candidateId,
      endScreenSeen: candidate.endScreenSeen,
      incidents: candidate.incidents.map((incident) => ({
        code: incident.code,
        questionNumber: isChallengeIncident(incident.code) ? Number(incident.questionNumber.trim()) : null,
        comment: incident.comment.trim() || null,
      })),
    })),
  };
}
