import { fieldVariants, isCorrectAnswer, qrocVariants, solutionGroups } from './check-answer';
import { answerKey, matchesField } from './tolerances';
import { SKIPPED_TEXT, type CheckableChallenge, type ChallengeField } from './types';
import { fieldsOf, isSkip, parseFieldValues, parseIndexes } from './values';

/** Values and readable texts of answers: the example answer, and the checkpoint's "Réponses et tutos". */

function firstAccepted(field: ChallengeField | undefined, variants: string[], challenge: CheckableChallenge): string {
  return variants.find((v) => matchesField(field, v, variants, challenge.tolerancesOff)) ?? variants[0] ?? '';
}

/** For a QROCM-dep, one answer per field, each from its own group (the first groups that fit). */
function dependentExample(challenge: CheckableChallenge): Record<string, string> {
  const fields = fieldsOf(challenge);
  const groups = solutionGroups(challenge.solution);
  const usedGroups = new Set<number>();
  const usedKeys = new Set<string>();
  const answers: Record<string, string> = {};
  for (const field of fields) {
    let chosen: string | undefined;
    for (let g = 0; g < groups.length && chosen === undefined; g += 1) {
      if (usedGroups.has(g)) continue;
      const variant = groups[g].find(
        (v) => matchesField(field, v, groups[g], challenge.tolerancesOff) && !usedKeys.has(answerKey(field, v, challenge.tolerancesOff)),
      );
      if (variant !== undefined) {
        usedGroups.add(g);
        usedKeys.add(answerKey(field, variant, challenge.tolerancesOff));
        chosen = variant;
      }
    }
    answers[field.name] = chosen ?? '';
  }
  return answers;
}

function exampleFieldValues(challenge: CheckableChallenge): Record<string, string> {
  if (challenge.type === 'QROCM-dep') return dependentExample(challenge);
  return Object.fromEntries(
    fieldsOf(challenge).map((field) => [field.name, firstAccepted(field, fieldVariants(challenge.solution, field.name), challenge)]),
  );
}

/**
 * A value `checkAnswer` accepts as `ok`: QCU `"2"`, QCM `"1,3"`, QROC the first variant, QROCM the
 * JSON object with every field (for a QROCM-dep, the first variants of distinct groups).
 */
export function exampleCorrectAnswer(challenge: CheckableChallenge): string {
  switch (challenge.type) {
    case 'QCU':
    case 'QCM': {
      const indexes = parseIndexes(String(challenge.solution));
      return indexes ? [...indexes].sort((a, b) => a - b).join(',') : String(challenge.solution).trim();
    }
    case 'QROC': {
      const variants = qrocVariants(challenge.solution);
      return variants.find((v) => isCorrectAnswer(challenge, v)) ?? variants[0] ?? '';
    }
    case 'QROCM-ind':
    case 'QROCM-dep':
      return JSON.stringify(exampleFieldValues(challenge));
    default:
      return '';
  }
}

/** A field's label as read before its value: "Prénom :" → "Prénom". */
export function fieldLabel(field: ChallengeField): string {
  return field.label.trim().replace(/\s*:\s*$/, '') || field.name;
}

function fieldLines(fields: ChallengeField[], answers: Record<string, string>): string {
  return fields.map((field) => `${fieldLabel(field)} : ${answers[field.name] ?? ''}`).join('\n');
}

function proposalTexts(challenge: CheckableChallenge, value: string): string | null {
  const indexes = parseIndexes(value);
  const proposals = challenge.proposals ?? [];
  if (!indexes || indexes.some((i) => i < 1 || i > proposals.length)) return null;
  return [...indexes]
    .sort((a, b) => a - b)
    .map((i) => proposals[i - 1])
    .join('\n');
}

/**
 * The expected answer as a learner reads it on the checkpoint: QCU/QCM the proposals' texts (one per
 * line); QROC the first variant; QROCM "label : variant", one field per line.
 */
export function expectedAnswerText(challenge: CheckableChallenge): string {
  switch (challenge.type) {
    case 'QCU':
    case 'QCM':
      return proposalTexts(challenge, String(challenge.solution)) ?? String(challenge.solution);
    case 'QROC':
      return qrocVariants(challenge.solution)[0] ?? '';
    case 'QROCM-ind':
    case 'QROCM-dep':
      return fieldLines(fieldsOf(challenge), exampleFieldValues(challenge));
    default:
      return '';
  }
}

/**
 * The learner's value as readable text, in the same style: the skip marker → "Vous avez passé cette
 * question."; QCU/QCM the chosen proposals' texts; QROC the text; QROCM "label : value" per line.
 * A value that cannot be read is shown as sent.
 */
export function answerText(challenge: CheckableChallenge, value: string): string {
  if (isSkip(value)) return SKIPPED_TEXT;
  switch (challenge.type) {
    case 'QCU':
    case 'QCM':
      return proposalTexts(challenge, value) ?? value;
    case 'QROCM-ind':
    case 'QROCM-dep': {
      const answers = parseFieldValues(value);
      return answers ? fieldLines(fieldsOf(challenge), answers) : value;
    }
    default:
      return value;
  }
}
