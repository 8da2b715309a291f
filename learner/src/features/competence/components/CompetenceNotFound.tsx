import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../../urls';

export function CompetenceNotFound() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="competence-not-found">
      <Typography variant="h1" id="competence-not-found" gutterBottom>
        {t('learner.competencePage.notFoundTitle')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('learner.competencePage.notFoundText')}</Typography>
      <Button component={RouterLink} to={urls.home()} variant="contained">
        {t('learner.competencePage.back')}
      </Button>
    </section>
  );
}
