import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CompetenceDetailsQuery, CompetenceEvaluationStatus } from '../../../__generated__/graphql';
import { LevelProgress } from '../../../components/LevelProgress';
import { areaColor } from '../../../domain/area-color';
import type { CompetenceLevel } from '../../../domain/level';
import { urls } from '../../../urls';
import { ResetCompetenceDialog } from './ResetCompetenceDialog';

export type CompetenceDetails = NonNullable<CompetenceDetailsQuery['competence']>;

/** Where the learner stands with the competence's positioning test. */
export interface CompetenceEvaluation {
  status: CompetenceEvaluationStatus;
  /** The test in progress (to resume) or the last one. */
  assessmentId: string | null;
  canRetry: boolean;
  retryAvailableInDays: number | null;
  canReset: boolean;
  resetAvailableInDays: number | null;
}

export interface CompetencePageProps {
  competence: CompetenceDetails;
  level: CompetenceLevel;
  evaluation: CompetenceEvaluation;
  /** "Retenter": starts a new test keeping successes, then opens it. */
  onRetry: () => void;
  /** "Remettre à zéro" (after confirmation): level back to 0 and a new test, then opens it. */
  onReset: () => void;
  /** A retry or reset request is under way. */
  busy?: boolean;
  /** The server's refusal of the last retry or reset. */
  actionError?: unknown;
}

/**
 * A competence and the learner's level in it (props only), with what can be done next:
 * "Commencer", "Reprendre", or once completed "Retenter" and "Remettre à zéro" (or, for each, in how many days).
 */
export function CompetencePage({ competence, level, evaluation, onRetry, onReset, busy = false, actionError }: CompetencePageProps) {
  const { t } = useTranslation();
  const [confirmReset, setConfirmReset] = useState(false);
  const color = areaColor(competence.area);
  const { status } = evaluation;
  return (
    <>
      <Breadcrumbs aria-label={t('learner.competencePage.breadcrumb')} sx={{ mb: 2 }}>
        <Link component={RouterLink} to={urls.home()}>
          {t('learner.competencePage.dashboard')}
        </Link>
        <Typography color="text.primary" aria-current="page">
          {competence.name}
        </Typography>
      </Breadcrumbs>
      <Box component="article" aria-labelledby="competence-title" sx={{ borderLeft: `6px solid ${color}`, pl: { xs: 2, sm: 3 } }}>
        <Typography color="text.secondary" sx={{ fontWeight: 700 }}>
          {t('learner.competencePage.area', { code: competence.area.code, name: competence.area.name })}
        </Typography>
        <Typography variant="h1" id="competence-title" sx={{ mt: 1, mb: 1 }}>
          {competence.name}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('learner.competence.code', { code: competence.code })}
        </Typography>
        <Typography sx={{ mb: 4, maxWidth: '70ch', whiteSpace: 'pre-line' }}>{competence.description}</Typography>
        <Paper variant="outlined" component="section" aria-labelledby="your-level" sx={{ p: { xs: 2, sm: 3 }, maxWidth: 560 }}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between', mb: 2 }}>
            <Typography variant="h2" id="your-level" sx={{ fontSize: '1.25rem' }}>
              {t('learner.competencePage.yourLevel')}
            </Typography>
            {status !== 'NOT_STARTED' && (
              <Chip
                size="small"
                variant="outlined"
                color={status === 'STARTED' ? 'primary' : 'success'}
                label={status === 'STARTED' ? t('learner.competence.status.STARTED') : t('learner.competence.status.COMPLETED')}
              />
            )}
          </Box>
          <Box sx={{ display: 'flex', gap: 3, alignItems: 'baseline', mb: 2 }}>
            <Typography sx={{ fontWeight: 700, fontSize: '1.5rem' }}>{t('learner.competence.level', { level: level.level })}</Typography>
            <Typography color="text.secondary">{t('learner.competence.pix', { count: level.pixScore })}</Typography>
          </Box>
          <LevelProgress value={level} />
          {status === 'STARTED' && (
            <Typography sx={{ mt: 2 }}>{t('learner.competencePage.inProgress')}</Typography>
          )}
          <ErrorAlert error={actionError} sx={{ mt: 2 }} />
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mt: 3 }}>
            {status === 'NOT_STARTED' && (
              <Button component={RouterLink} to={urls.competenceEvaluation(competence.id)} variant="contained" size="large">
                {t('learner.competencePage.start')}
              </Button>
            )}
            {status === 'STARTED' && (
              <Button
                component={RouterLink}
                to={evaluation.assessmentId ? urls.assessment(evaluation.assessmentId) : urls.competenceEvaluation(competence.id)}
                variant="contained"
                size="large"
              >
                {t('learner.competencePage.resume')}
              </Button>
            )}
            {status === 'COMPLETED' && evaluation.canRetry && (
              <Button variant="contained" size="large" onClick={onRetry} disabled={busy}>
                {t('learner.competencePage.retry')}
              </Button>
            )}
            {status === 'COMPLETED' && evaluation.canReset && (
              <Button variant="outlined" size="large" onClick={() => setConfirmReset(true)} disabled={busy}>
                {t('learner.competencePage.reset')}
              </Button>
            )}
          </Box>
          {status === 'COMPLETED' && !evaluation.canRetry && evaluation.retryAvailableInDays !== null && (
            <Typography color="text.secondary" sx={{ mt: 2 }}>
              {t('learner.competencePage.retryAvailableIn', { count: evaluation.retryAvailableInDays })}
            </Typography>
          )}
          {status === 'COMPLETED' && !evaluation.canReset && evaluation.resetAvailableInDays !== null && (
            <Typography color="text.secondary" sx={{ mt: 2 }}>
              {t('learner.competencePage.resetAvailableIn', { count: evaluation.resetAvailableInDays })}
            </Typography>
          )}
        </Paper>
      </Box>
      <ResetCompetenceDialog
        open={confirmReset}
        competenceName={competence.name}
        pixScore={level.pixScore}
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          setConfirmReset(false);
          onReset();
        }}
      />
    </>
  );
}
