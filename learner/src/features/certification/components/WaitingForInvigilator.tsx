import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';

/** "En attente de l'autorisation du surveillant" (props only): the page updates itself (the course is polled). */
export function WaitingForInvigilator({ resuming }: { resuming: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="certification-waiting-title" sx={{ maxWidth: 620, mx: 'auto', p: { xs: 2, sm: 4 }, textAlign: 'center' }}>
      <PageHeading id="certification-waiting-title" gutterBottom>
        {t('learner.certificationTest.waitingTitle')}
      </PageHeading>
      <CircularProgress aria-hidden="true" sx={{ my: 2 }} />
      <Typography role="status">{resuming ? t('learner.certificationTest.waitingResume') : t('learner.certificationTest.waitingStart')}</Typography>
      <Typography color="text.secondary" sx={{ mt: 2 }}>
        {t('learner.certificationTest.waitingAuto')}
      </Typography>
    </Paper>
  );
}
