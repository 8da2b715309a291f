import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ChallengePreview, type ChallengeContent } from '@pix-libre/ui-shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JuryQuestion } from './jury-course';

export interface QuestionCardProps {
  question: JuryQuestion;
  /** "Neutraliser" / "Dé-neutraliser"; null: the viewer may not (the support, a published session). */
  onToggleNeutralization: ((question: JuryQuestion) => void) | null;
  busy: boolean;
}

/**
 * One question of the test (props only): its number, competence, skill, the candidate's answer and its
 * result, neutralised or not; the challenge as the candidate saw it, with their answer, behind "Voir l'épreuve".
 */
export function QuestionCard({ question, onToggleNeutralization, busy }: QuestionCardProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const previewId = useId();
  const result = question.result ? t(`console.jury.result.${question.result}`, { defaultValue: question.result }) : t('console.jury.result.none');
  return (
    <Paper component="li" variant="outlined" aria-labelledby={headingId} sx={{ p: 2, mb: 2, listStyle: 'none' }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }}>
        <Typography component="h3" id={headingId} sx={{ fontWeight: 700, fontSize: '1.05rem', mr: 'auto' }}>
          {t('console.jury.question.title', { number: question.number, competence: question.competenceCode, skill: question.skillName })}
        </Typography>
        {question.isNeutralized && (
          <Chip color="warning" label={t('console.jury.question.neutralized', { by: t(`console.jury.neutralizedBy.${question.neutralizedBy ?? 'JURY'}`, { defaultValue: question.neutralizedBy ?? '' }) })} />
        )}
      </Box>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, m: 0, mb: 1, '& dt': { fontWeight: 700 }, '& dd': { m: 0, overflowWrap: 'anywhere' } }}>
        <dt>{t('console.jury.question.answer')}</dt>
        <dd>
          <code>{question.answerValue ?? '–'}</code>
        </dd>
        <dt>{t('console.jury.question.result')}</dt>
        <dd>{result}</dd>
        {question.neutralizedByName && (
          <>
            <dt>{t('console.jury.question.neutralizedByName')}</dt>
            <dd>{question.neutralizedByName}</dd>
          </>
        )}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button size="small" variant="text" aria-expanded={open} aria-controls={previewId} onClick={() => setOpen(!open)}>
          {t(open ? 'console.jury.question.hideChallenge' : 'console.jury.question.showChallenge', { number: question.number })}
        </Button>
        {onToggleNeutralization && (
          <Button size="small" variant="outlined" color={question.isNeutralized ? 'primary' : 'secondary'} disabled={busy} onClick={() => onToggleNeutralization(question)}>
            {t(question.isNeutralized ? 'console.jury.question.deneutralize' : 'console.jury.question.neutralize', { number: question.number })}
          </Button>
        )}
      </Box>
      <Box id={previewId} hidden={!open} sx={{ mt: 2, pt: 2, borderTop: '1px solid #ddd' }}>
        {open &&
          (question.challenge ? (
            <ChallengePreview challenge={question.challenge as ChallengeContent} answer={question.answerValue} readOnly />
          ) : (
            <Typography>{t('console.jury.question.challengeGone', { id: question.challengeId })}</Typography>
          ))}
      </Box>
    </Paper>
  );
}
