import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CompetenceDetailsQuery } from '../../../__generated__/graphql';
import { LevelProgress } from '../../../components/LevelProgress';
import { areaColor } from '../../../domain/area-color';
import type { CompetenceLevel } from '../../../domain/level';
import { urls } from '../../../urls';

export type CompetenceDetails = NonNullable<CompetenceDetailsQuery['competence']>;

export interface CompetencePageProps {
  competence: CompetenceDetails;
  level: CompetenceLevel;
}

/** A competence and the learner's level in it (props only), with "Commencer" to start the test. */
export function CompetencePage({ competence, level }: CompetencePageProps) {
  const { t } = useTranslation();
  const color = areaColor(competence.area);
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
          <Typography variant="h2" id="your-level" sx={{ fontSize: '1.25rem', mb: 2 }}>
            {t('learner.competencePage.yourLevel')}
          </Typography>
          <Box sx={{ display: 'flex', gap: 3, alignItems: 'baseline', mb: 2 }}>
            <Typography sx={{ fontWeight: 700, fontSize: '1.5rem' }}>{t('learner.competence.level', { level: level.level })}</Typography>
            <Typography color="text.secondary">{t('learner.competence.pix', { count: level.pixScore })}</Typography>
          </Box>
          <LevelProgress value={level} />
          <Button component={RouterLink} to={urls.competenceEvaluation(competence.id)} variant="contained" size="large" sx={{ mt: 3 }}>
            {t('learner.competencePage.start')}
          </Button>
        </Paper>
      </Box>
    </>
  );
}
