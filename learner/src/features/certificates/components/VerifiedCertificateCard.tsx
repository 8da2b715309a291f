import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { VerifyCertificateQuery } from '../../../__generated__/graphql';
import { frenchDay } from '../certificate-format';
import { CertifiedLevels } from './CertifiedLevels';

export type VerifiedCertificate = NonNullable<VerifyCertificateQuery['verifyCertificate']>;

/** A verified certificate (props only): the holder, the date, the centre, the score and each competence's level. */
export function VerifiedCertificateCard({ certificate }: { certificate: VerifiedCertificate }) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="verified-title" sx={{ mt: 3, p: { xs: 2, sm: 3 } }}>
      <Typography variant="h2" id="verified-title" gutterBottom>
        {t('learner.verifyCertificate.validTitle', { name: `${certificate.firstName} ${certificate.lastName}` })}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { sm: 'max-content 1fr' }, columnGap: 3, rowGap: 0.5, my: 2 }}>
        <Typography component="dt" sx={{ fontWeight: 700 }}>
          {t('learner.verifyCertificate.holder')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {certificate.firstName} {certificate.lastName}
        </Typography>
        <Typography component="dt" sx={{ fontWeight: 700 }}>
          {t('learner.verifyCertificate.birthdate')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {frenchDay(certificate.birthdate)}
        </Typography>
        <Typography component="dt" sx={{ fontWeight: 700 }}>
          {t('learner.certificates.date')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {frenchDay(certificate.date)}
        </Typography>
        <Typography component="dt" sx={{ fontWeight: 700 }}>
          {t('learner.certificates.centre')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {certificate.certificationCenter}
        </Typography>
        <Typography component="dt" sx={{ fontWeight: 700 }}>
          {t('learner.certificates.scoreLabel')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          {t('learner.certificates.score', { pix: certificate.pixScore ?? 0, max: certificate.maxPixScore })}
        </Typography>
        <Typography component="dt" sx={{ fontWeight: 700 }}>
          {t('learner.certificates.code')}
        </Typography>
        <Typography component="dd" sx={{ m: 0 }}>
          <code>{certificate.verificationCode}</code>
        </Typography>
      </Box>
      <CertifiedLevels areas={certificate.areas} headingLevel="h3" />
    </Paper>
  );
}
