import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MyCertificationsQuery } from '../../../__generated__/graphql';
import { PageHeading } from '../../../components/PageHeading';
import { urls } from '../../../urls';
import { frenchDay } from '../certificate-format';

export type MyCertification = MyCertificationsQuery['me']['certifications'][number];

/** "Mes certifications" (props only): each certification with its date, centre and state. */
export function MyCertificationsPage({ certifications }: { certifications: MyCertification[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-certifications-title">
      <PageHeading id="my-certifications-title" gutterBottom>
        {t('learner.certificates.title')}
      </PageHeading>
      {certifications.length === 0 ? (
        <Alert severity="info" sx={{ my: 2, maxWidth: 720 }}>
          {t('learner.certificates.empty')}
        </Alert>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2, maxWidth: 720 }}>
          {certifications.map((certification) => (
            <Box component="li" key={certification.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}>
              <Typography component="h2" variant="h6">
                <Link component={RouterLink} to={urls.myCertificate(certification.id)}>
                  {t('learner.certificates.itemTitle', { date: frenchDay(certification.date) })}
                </Link>
              </Typography>
              <Typography>{certification.certificationCenter}</Typography>
              <Typography sx={{ fontWeight: 700 }}>
                {t('learner.certificates.stateLabel')} {t(`learner.certificates.status.${certification.status}`)}
                {certification.status === 'VALIDATED' && certification.pixScore !== null
                  ? ` – ${t('learner.certificates.score', { pix: certification.pixScore, max: certification.maxPixScore })}`
                  : ''}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      <Box sx={{ mt: 3, display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <Button component={RouterLink} to={urls.certification()} variant="outlined">
          {t('learner.certificates.toCertification')}
        </Button>
      </Box>
    </section>
  );
}
