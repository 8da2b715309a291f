import CheckCircle from '@mui/icons-material/CheckCircle';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CertificationEndReason } from '../../../__generated__/graphql';
import { PageHeading } from '../../../components/PageHeading';
import { urls } from '../../../urls';

/** "Votre test de certification est terminé" (props only), and what happens next. */
export function CertificationEndPage({ endReason }: { endReason: CertificationEndReason | null }) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="certification-end-title" sx={{ maxWidth: 720, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <CheckCircle aria-hidden="true" color="success" sx={{ fontSize: 48 }} />
      <PageHeading id="certification-end-title" gutterBottom>
        {t('learner.certificationTest.endTitle')}
      </PageHeading>
      {endReason === 'TIMED_OUT' && <Typography sx={{ mb: 2 }}>{t('learner.certificationTest.endTimedOut')}</Typography>}
      {endReason === 'ENDED_BY_INVIGILATOR' && <Typography sx={{ mb: 2 }}>{t('learner.certificationTest.endByInvigilator')}</Typography>}
      <Typography component="h2" variant="h6" sx={{ mt: 2, mb: 1 }}>
        {t('learner.certificationTest.nextTitle')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('learner.certificationTest.nextFinalization')}</Typography>
      <Typography sx={{ mb: 3 }}>{t('learner.certificationTest.nextResults')}</Typography>
      <Button component={RouterLink} to={urls.home()} variant="contained">
        {t('learner.certificationTest.backHome')}
      </Button>
    </Paper>
  );
}
