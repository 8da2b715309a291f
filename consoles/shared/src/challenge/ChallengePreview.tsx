import Box from '@mui/material/Box';
import { useMemo, useState } from 'react';
import { AnswerInputs } from './AnswerInputs';
import { answerValue, draftFromAnswer, type AnswerDraft, type ChallengeContent } from './challenge-content';
import { ChallengeEmbed, ChallengeMedia } from './ChallengeMedia';
import { Markdown } from './markdown/Markdown';

export interface ChallengePreviewProps {
  challenge: ChallengeContent;
  /** An answer in domain.md's syntax ("2", "1,3", a text, a QROCM JSON object) shown in the inputs. */
  answer?: string | null;
  /** The inputs cannot be changed (the jury reading a candidate's answer); otherwise they can be tried out. */
  readOnly?: boolean;
  /** Called with the value the learner app would send (answerValue) each time the inputs change: a content preview's "Essayer". */
  onAnswerChange?: (value: string) => void;
}

/**
 * A challenge as the learner sees it: the instruction (Markdown), its illustration and file, the
 * simulator and the answer inputs, without the test's buttons. Read-only, with `answer` filled in,
 * for the certification jury; editable for a content preview.
 */
export function ChallengePreview({ challenge, answer = null, readOnly = false, onAnswerChange }: ChallengePreviewProps) {
  const given = useMemo(() => draftFromAnswer(challenge, answer), [challenge, answer]);
  const [draft, setDraft] = useState<AnswerDraft>(given);
  const change = (next: AnswerDraft) => {
    setDraft(next);
    onAnswerChange?.(answerValue(challenge, next));
  };
  return (
    <Box className="challenge-preview">
      <Box sx={{ mb: 3, fontSize: '1.0625rem' }}>
        <Markdown>{challenge.instruction}</Markdown>
        <ChallengeMedia challenge={challenge} />
      </Box>
      <ChallengeEmbed challenge={challenge} />
      <AnswerInputs challenge={challenge} draft={readOnly ? given : draft} onChange={readOnly ? () => undefined : change} disabled={readOnly} />
    </Box>
  );
}
