/**
 * A challenge as the learner sees it: instruction, proposals or fields, media, simulator. Structural
 * (no generated type): the learner's ChallengeFields fragment and the jury's certification question
 * both fit it.
 */
export type ChallengeKind = 'QCU' | 'QCM' | 'QROC' | 'QROCM_IND' | 'QROCM_DEP';
export type ChallengeFieldFormat = 'TEXTE' | 'NOMBRE' | 'SELECT';

export interface ChallengeField {
  name: string;
  label: string;
  format: ChallengeFieldFormat;
  options: string[] | null;
}

export interface ChallengeContent {
  id: string;
  type: ChallengeKind;
  instruction: string;
  proposals: string[] | null;
  fields: ChallengeField[] | null;
  timer?: number | null;
  illustration: { url: string; alt: string } | null;
  attachment: { url: string; fileName: string; size: number | null } | null;
  embed: { url: string; title: string; height: number } | null;
}

/** What the learner has entered so far: proposals picked (1-based) or texts by field name. */
export interface AnswerDraft {
  selected: number[];
  texts: Record<string, string>;
}

export const EMPTY_DRAFT: AnswerDraft = { selected: [], texts: {} };

/** The single field of a QROC challenge (a plain text field when the content gives none). */
export function qrocField(challenge: ChallengeContent): ChallengeField {
  return challenge.fields?.[0] ?? { name: 'answer', label: '', format: 'TEXTE', options: null };
}

/** The input fields of a QROC (one) or a QROCM (several) challenge. */
export function inputFields(challenge: ChallengeContent): ChallengeField[] {
  if (challenge.type === 'QROC') return [qrocField(challenge)];
  return challenge.fields ?? [];
}

export function isChoiceChallenge(challenge: ChallengeContent): boolean {
  return challenge.type === 'QCU' || challenge.type === 'QCM';
}

/** True when something has been entered, so that "Je valide" can be used. */
export function hasAnswer(challenge: ChallengeContent, draft: AnswerDraft): boolean {
  if (isChoiceChallenge(challenge)) return draft.selected.length > 0;
  return inputFields(challenge).some((field) => (draft.texts[field.name] ?? '').trim() !== '');
}

/**
 * The value sent to answerChallenge, in domain.md's answer syntax: QCU "2", QCM "1,3" (sorted),
 * QROC the text, QROCM a JSON object {"field": "text"} with every field of the challenge.
 */
export function answerValue(challenge: ChallengeContent, draft: AnswerDraft): string {
  switch (challenge.type) {
    case 'QCU':
      return String(draft.selected[0] ?? '');
    case 'QCM':
      return [...new Set(draft.selected)].sort((a, b) => a - b).join(',');
    case 'QROC':
      return draft.texts[qrocField(challenge).name] ?? '';
    case 'QROCM_IND':
    case 'QROCM_DEP':
      return JSON.stringify(Object.fromEntries(inputFields(challenge).map((field) => [field.name, draft.texts[field.name] ?? ''])));
  }
}

/**
 * The reverse of answerValue: the draft that shows a given answer (a candidate's, for the jury).
 * A value that does not fit the challenge (a skip, a QROCM answer that is not JSON) gives an empty
 * draft, or the text in the first field.
 */
export function draftFromAnswer(challenge: ChallengeContent, value: string | null | undefined): AnswerDraft {
  if (!value) return EMPTY_DRAFT;
  switch (challenge.type) {
    case 'QCU':
    case 'QCM': {
      const selected = value
        .split(',')
        .map((part) => Number(part.trim()))
        .filter((position) => Number.isInteger(position) && position > 0);
      return { selected: [...new Set(selected)].sort((a, b) => a - b), texts: {} };
    }
    case 'QROC':
      return { selected: [], texts: { [qrocField(challenge).name]: value } };
    case 'QROCM_IND':
    case 'QROCM_DEP': {
      try {
        const parsed: unknown = JSON.parse(value);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
          const texts = Object.fromEntries(Object.entries(parsed).map(([name, text]) => [name, typeof text === 'string' ? text : String(text)]));
          return { selected: [], texts };
        }
      } catch {
        // Not JSON: shown in the first field below.
      }
      const first = inputFields(challenge)[0];
      return first ? { selected: [], texts: { [first.name]: value } } : EMPTY_DRAFT;
    }
  }
}
