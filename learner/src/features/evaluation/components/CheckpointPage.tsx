import ArrowForward from '@mui/icons-material/ArrowForward';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorAlert, markdownSummary } from '@pix-libre/ui-shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CheckpointFieldsFragment } from '../../../__generated__/graphql';
import type { Tutorial, TutorialActions } from '../../tutorials/useTutorialActions';
import { CheckpointAnswerDialog } from './CheckpointAnswerDialog';
import { ResultLabel } from './ResultLabel';

export type Checkpoint = CheckpointFieldsFragment;

/** The tutorials of one answer of the checkpoint ("Comprendre", "En savoir plus"). */
export interface AnswerTutorials {
  tutorials: Tutorial[];
  learnMoreTutorials: Tutorial[];
}

/** The tutorials of the checkpoint's answers, loaded apart from the answers. */
export interface CheckpointTutorials {
  /** The tutorials of an answer (by answer id), once loaded. */
  of: (answerId: string) => AnswerTutorials | undefined;
  loading: boolean;
  error: unknown;
}

export interface CheckpointPageProps {
  checkpoint: Checkpoint;
  /** The competence's name (positioning) or the campaign's name (a campaign's test). */
  testName: string;
  /** A campaign's test ends on its results ("Voir mes résultats"), a positioning test on its competence. */
  kind?: 'competence' | 'campaign';
  /** The test is over: "Voir mon résultat" instead of "Continuer mon parcours". */
  isFinal: boolean;
  /** "Continuer mon parcours" or "Voir mon résultat". */
  onContinue: () => void;
  /** The tutorials of each answer. */
  answerTutorials: CheckpointTutorials;
  /** Save / like actions on tutorials. */
  tutorials: TutorialActions;
}

/** The screen's title: "Bilan intermédiaire" between blocks, "Test terminé" / "Parcours terminé" at the end. */
export function checkpointTitle(t: TFunction, isFinal: boolean, kind: 'competence' | 'campaign'): string {
  if (!isFinal) return t('learner.checkpoint.title');
  return t(kind === 'campaign' ? 'learner.checkpoint.campaignFinalTitle' : 'learner.checkpoint.finalTitle');
}

/** "Bilan intermédiaire" (props only): the answers since the last checkpoint, each with "Réponses et tutos". */
export function CheckpointPage({ checkpoint, testName, kind = 'competence', isFinal, onContinue, answerTutorials, tutorials }: CheckpointPageProps) {
  const { t } = useTranslation();
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  // The last opened answer stays in the (closing) dialog so that it can animate out and give the focus back.
  const [shownIndex, setShownIndex] = useState<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const listId = useId();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const shown = shownIndex === null ? null : checkpoint.answers[shownIndex];
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ maxWidth: 880, mx: 'auto' }}>
      <Typography color="text.secondary" sx={{ fontWeight: 700, mb: 1 }}>
        {testName}
      </Typography>
      <Typography variant="h1" id={headingId} ref={headingRef} tabIndex={-1} sx={{ mb: 1, '&:focus': { outline: 'none' } }}>
        {checkpointTitle(t, isFinal, kind)}
      </Typography>
      <Typography sx={{ mb: 3 }}>{isFinal ? t(kind === 'campaign' ? 'learner.checkpoint.campaignFinalIntro' : 'learner.checkpoint.finalIntro') : t('learner.checkpoint.intro')}</Typography>
      <Box component="ol" aria-label={t('learner.checkpoint.listLabel')} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
        {checkpoint.answers.map((item, index) => {
          const labelId = `${listId}-${index}`;
          return (
            <Paper
              component="li"
              variant="outlined"
              key={item.answer.id}
              sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', justifyContent: 'space-between' }}
            >
              <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
                <Typography id={labelId} component="p" sx={{ fontWeight: 500, mb: 0.5, overflowWrap: 'anywhere' }}>
                  {t('learner.checkpoint.questionLabel', { number: index + 1, summary: markdownSummary(item.challenge.instruction, 120) })}
                </Typography>
                <ResultLabel result={item.answer.result} />
              </Box>
              <Button variant="outlined" onClick={() => {
                  setOpenIndex(index);
                  setShownIndex(index);
                }} aria-haspopup="dialog" aria-describedby={labelId}>
                {t('learner.checkpoint.answersAndTutorials')}
              </Button>
            </Paper>
          );
        })}
      </Box>
      <ErrorAlert error={tutorials.error} sx={{ mt: 2 }} />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 3 }}>
        <Button variant="contained" size="large" endIcon={<ArrowForward />} onClick={onContinue}>
          {isFinal ? t(kind === 'campaign' ? 'learner.checkpoint.seeCampaignResults' : 'learner.checkpoint.seeResult') : t('learner.checkpoint.continue')}
        </Button>
      </Box>
      {shown && (
        <CheckpointAnswerDialog
          open={openIndex !== null}
          item={shown}
          number={(shownIndex ?? 0) + 1}
          onClose={() => setOpenIndex(null)}
          answerTutorials={answerTutorials}
          tutorials={tutorials}
        />
      )}
    </Box>
  );
}
