import CheckCircle from '@mui/icons-material/CheckCircle';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CertificationProfileQuery } from '../../../__generated__/graphql';
import { urls } from '../../../urls';

export type CertificationProfile = CertificationProfileQuery['me']['profile'];

/**
 * "Certification" (props only): whether the profile is certifiable, else how many competences are
 * missing; "Rejoindre une session de certification", and "Reprendre" a test in progress.
 */
export function CertificationPage({ profile, resumeCourseId = null }: { profile: CertificationProfile; resumeCourseId?: string | null }) {
  const { t } = useTranslation();
  const missing = Math.max(0, profile.requiredCertifiableCompetencesCount - profile.certifiableCompetencesCount);
  return (
    <section aria-labelledby="certification-title">
      <Typography variant="h1" id="certification-title" gutterBottom>
        {t('learner.certification.title')}
      </Typography>
      {profile.isCertifiable ? (
        <Alert severity="success" role="status" icon={<CheckCircle />} sx={{ my: 3, maxWidth: 720 }}>
          <Typography component="p" sx={{ fontWeight: 700, fontSize: '1.125rem' }}>
            {t('learner.certification.certifiable')}
          </Typography>
          <Typography component="p" sx={{ mt: 1 }}>
            {t('learner.certification.certifiableText')}
          </Typography>
        </Alert>
      ) : (
        <Alert severity="info" role="status" icon={<InfoOutlined />} sx={{ my: 3, maxWidth: 720 }}>
          <Typography component="p" sx={{ fontWeight: 700, fontSize: '1.125rem' }}>
            {t('learner.certification.notCertifiable')}
          </Typography>
          <Typography component="p" sx={{ mt: 1 }}>
            {t('learner.certification.missing', { count: missing })}
          </Typography>
          <Typography component="p" sx={{ mt: 1 }}>
            {t('learner.certification.rule', { count: profile.requiredCertifiableCompetencesCount })}
          </Typography>
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        {resumeCourseId && (
          <Button component={RouterLink} to={urls.certificationTest(resumeCourseId)} variant="contained">
            {t('learner.certification.resume')}
          </Button>
        )}
        <Button component={RouterLink} to={urls.certificationJoin()} variant={profile.isCertifiable && !resumeCourseId ? 'contained' : 'outlined'}>
          {t('learner.certification.join')}
        </Button>
        <Button component={RouterLink} to={urls.myCertifications()} variant="outlined">
          {t('learner.certification.myCertifications')}
        </Button>
        <Button component={RouterLink} to={urls.home()} variant="outlined">
          {t('learner.certification.backToProfile')}
        </Button>
      </Box>
    </section>
  );
}
