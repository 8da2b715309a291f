import type { ChallengeFieldsFragment } from '../../../__generated__/graphql';

/** The value of "Je passe" (domain.md: a skipped challenge sends the skip marker). */
export const SKIP_VALUE = '#ABAND#';

/** How many answers make a block between two checkpoints ("Bilan intermédiaire"). */
export const CHECKPOINT_BLOCK_SIZE = 5;

export type Challenge = ChallengeFieldsFragment;
export type ChallengeField = NonNullable<Challenge['fields']>[number];

/** What the learner has entered so far: proposals picked (1-based) or texts by field name. */
export interface AnswerDraft {
  selected: number[];
  texts: Record<string, string>;
}

export const EMPTY_DRAFT: AnswerDraft = { selected: [], texts: {} };

/** The single field of a QROC challenge (a plain text field when the content gives none). */
export function qrocField(challenge: Challenge): ChallengeField {
  return challenge.fields?.[0] ?? { name: 'answer', label: '', format: 'TEXTE', options: null };
}

/** The input fields of a QROC (one) or a QROCM (several) challenge. */
export function inputFields(challenge: Challenge): ChallengeField[] {
  if (challenge.type === 'QROC') return [qrocField(challenge)];
  return challenge.fields ?? [];
}

export function isChoiceChallenge(challenge: Challenge): boolean {
  return challenge.type === 'QCU' || challenge.type === 'QCM';
}

/** True when something has been entered, so that "Je valide" can be used. */
export function hasAnswer(challenge: Challenge, draft: AnswerDraft): boolean {
  if (isChoiceChallenge(challenge)) return draft.selected.length > 0;
  return inputFields(challenge).some((field) => (draft.texts[field.name] ?? '').trim() !== '');
}

/**
 * The value sent to answerChallenge, in domain.md's answer syntax: QCU "2", QCM "1,3" (sorted),
 * QROC the text, QROCM a JSON object {"field": "text"} with every field of the challenge.
 */
export function answerValue(challenge: Challenge, draft: AnswerDraft): string {
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
