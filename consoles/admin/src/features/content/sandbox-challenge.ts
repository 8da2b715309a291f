import type { ChallengeContent, ChallengeField } from '@pix-libre/ui-shared';
import type { ChallengeType } from '../../__generated__/graphql';

/** The sandbox's inputs drawn from what the author wrote (the API checks the texts; this only draws the inputs). */

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const FORMATS: Record<string, ChallengeField['format']> = { texte: 'TEXTE', nombre: 'NOMBRE', select: 'SELECT' };

/** The fields as written in the content files ([{ name, label, format?, options? }]); [] when they cannot be read. */
export function readFields(text: string): ChallengeField[] {
  const raw = parse(text);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((field: unknown) => {
    if (!field || typeof field !== 'object') return [];
    const { name, label, format, options } = field as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim()) return [];
    return [
      {
        name,
        label: typeof label === 'string' ? label : name,
        format: FORMATS[typeof format === 'string' ? format : 'texte'] ?? 'TEXTE',
        options: Array.isArray(options) ? options.filter((o): o is string => typeof o === 'string') : null,
      },
    ];
  });
}

/** As many proposals as the highest number of the solution (4 at least), for a QCU or QCM. */
function proposalCount(solution: string): number {
  const raw = parse(solution);
  const numbers = String(raw ?? solution)
    .split(',')
    .map((part) => Number(part.replace(/[^\d]/g, '')))
    .filter((n) => Number.isInteger(n) && n > 0 && n < 50);
  return Math.max(4, ...numbers);
}

/** The challenge the sandbox shows: the inputs a learner would get for this type, solution and fields. */
export function sandboxChallenge(type: ChallengeType, solution: string, fieldsText: string, proposalLabel: (n: number) => string): ChallengeContent {
  const base = { id: 'bac-a-sable', type, instruction: '', proposals: null, fields: null, illustration: null, attachment: null, embed: null };
  if (type === 'QCU' || type === 'QCM') return { ...base, proposals: Array.from({ length: proposalCount(solution) }, (_, i) => proposalLabel(i + 1)) };
  let fields = readFields(fieldsText);
  if (fields.length === 0 && type === 'QROCM_IND') {
    const raw = parse(solution);
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) fields = Object.keys(raw).map((name) => ({ name, label: name, format: 'TEXTE' as const, options: null }));
  }
  return { ...base, fields: fields.length ? fields : null };
}
