import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { ErrorAlert, Markdown } from '@pix-libre/ui-shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TutorialCard } from '../../tutorials/components/TutorialCard';
import type { Tutorial, TutorialActions } from '../../tutorials/useTutorialActions';
import type { Checkpoint, CheckpointTutorials } from './CheckpointPage';
import { ResultLabel } from './ResultLabel';

export interface CheckpointAnswerDialogProps {
  open: boolean;
  item: Checkpoint['answers'][number];
  /** The answer's number in the checkpoint (1 to 5). */
  number: number;
  onClose: () => void;
  answerTutorials: CheckpointTutorials;
  tutorials: TutorialActions;
}

function TutorialSection({ title, items, tutorials }: { title: string; items: Tutorial[]; tutorials: TutorialActions }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Typography variant="h3" component="h3" id={headingId} sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {items.length === 0 ? (
        <Typography color="text.secondary">{t('learner.checkpoint.noTutorial')}</Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' } }}>
          {items.map((tutorial) => {
            const current = tutorials.resolve(tutorial);
            return (
              <li key={tutorial.id}>
                <TutorialCard
                  tutorial={current}
                  headingLevel={4}
                  busy={tutorials.busyIds.has(tutorial.id)}
                  onToggleSaved={() => void tutorials.toggleSaved(current)}
                  onToggleLiked={() => void tutorials.toggleLiked(current)}
                />
              </li>
            );
          })}
        </Box>
      )}
    </Box>
  );
}

/** "Réponses et tutos" of one answer: the question, "Votre réponse", "Réponse attendue", the tutorials. */
export function CheckpointAnswerDialog({ open, item, number, onClose, answerTutorials, tutorials }: CheckpointAnswerDialogProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  const itemTutorials = answerTutorials.of(item.answer.id);
  return (
    <Dialog open={open} onClose={onClose} fullScreen={fullScreen} maxWidth="md" fullWidth aria-labelledby={titleId} scroll="paper">
      <DialogTitle id={titleId} sx={{ pr: 7 }}>
        {t('learner.checkpoint.dialogTitle', { number })}
      </DialogTitle>
      <IconButton onClick={onClose} title={t('learner.checkpoint.close')} aria-label={t('learner.checkpoint.close')} sx={{ position: 'absolute', right: 8, top: 8 }}>
        <Close />
      </IconButton>
      <DialogContent dividers>
        <Box sx={{ mb: 2 }}>
          <ResultLabel result={item.answer.result} />
        </Box>
        <Markdown>{item.challenge.instruction}</Markdown>
        <Box component="dl" sx={{ mt: 3, mb: 0, display: 'grid', gap: 2, '& dt': { fontWeight: 700 }, '& dd': { m: 0, mt: 0.5, whiteSpace: 'pre-line', overflowWrap: 'anywhere' } }}>
          <Box>
            <dt>{t('learner.checkpoint.yourAnswer')}</dt>
            <dd>{item.yourAnswer}</dd>
          </Box>
          <Box>
            <dt>{t('learner.checkpoint.expectedAnswer')}</dt>
            <dd>{item.expectedAnswer}</dd>
          </Box>
        </Box>
        {itemTutorials ? (
          <>
            <TutorialSection title={t('learner.checkpoint.understand')} items={itemTutorials.tutorials} tutorials={tutorials} />
            {itemTutorials.learnMoreTutorials.length > 0 && (
              <TutorialSection title={t('learner.checkpoint.learnMore')} items={itemTutorials.learnMoreTutorials} tutorials={tutorials} />
            )}
          </>
        ) : answerTutorials.loading ? (
          <Box sx={{ display: 'flex', justifyContent: 'center', mt: 3 }}>
            <CircularProgress aria-label={t('learner.checkpoint.loadingTutorials')} />
          </Box>
        ) : (
          <ErrorAlert error={answerTutorials.error ?? new Error('tutorials unavailable')} sx={{ mt: 3 }} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {t('learner.checkpoint.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
