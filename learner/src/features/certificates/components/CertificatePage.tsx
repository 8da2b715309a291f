import PictureAsPdf from '@mui/icons-material/PictureAsPdf';
import WorkspacePremium from '@mui/icons-material/WorkspacePremium';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { urls } from '../../../urls';
import { frenchDay } from '../certificate-format';
import { CertifiedLevels } from './CertifiedLevels';
import { CopyCodeButton } from './CopyCodeButton';
import type { MyCertification } from './MyCertificationsPage';

export type Download = (url: string, fileName: string) => Promise<void>;

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <Typography component="dt" sx={{ fontWeight: 700 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {children}
      </Typography>
    </>
  );
}

/**
 * A certificate of the learner (props only): its state; once published and validated, the score out
 * of the maximum, the level of each competence by area, the verification code (copy), the attestation
 * and the digital certificate (Open Badge) to download.
 */
export function CertificatePage({ certification, download }: { certification: MyCertification; download: Download }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const validated = certification.status === 'VALIDATED';
  const save = async (url: string, fileName: string) => {
    setFailed(false);
    try {
      await download(url, fileName);
    } catch {
      setFailed(true);
    }
  };
  return (
    <section aria-labelledby="certificate-title">
      <PageHeading id="certificate-title" gutterBottom>
        {t('learner.certificates.itemTitle', { date: frenchDay(certification.date) })}
      </PageHeading>
      <Typography sx={{ fontSize: '1.125rem', fontWeight: 700 }}>
        {t('learner.certificates.stateLabel')} {t(`learner.certificates.status.${certification.status}`)}
      </Typography>
      {certification.status === 'PENDING' && (
        <Alert severity="info" sx={{ my: 2, maxWidth: 720 }}>
          {t('learner.certificates.pendingText')}
        </Alert>
      )}
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { sm: 'max-content 1fr' }, columnGap: 3, rowGap: 0.5, my: 2 }}>
        <Detail label={t('learner.certificates.date')}>{frenchDay(certification.date)}</Detail>
        <Detail label={t('learner.certificates.centre')}>{certification.certificationCenter}</Detail>
        {certification.deliveredAt && <Detail label={t('learner.certificates.deliveredAt')}>{new Date(certification.deliveredAt).toLocaleDateString('fr-FR')}</Detail>}
        {validated && certification.pixScore !== null && (
          <Detail label={t('learner.certificates.scoreLabel')}>{t('learner.certificates.score', { pix: certification.pixScore, max: certification.maxPixScore })}</Detail>
        )}
        {certification.verificationCode && (
          <Detail label={t('learner.certificates.code')}>
            <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Box component="code" sx={{ fontSize: '1.125rem', fontWeight: 700 }}>
                {certification.verificationCode}
              </Box>
              <CopyCodeButton code={certification.verificationCode} />
            </Box>
          </Detail>
        )}
      </Box>
      {certification.commentForCandidate && (
        <Alert severity="info" sx={{ my: 2, maxWidth: 720 }}>
          <strong>{t('learner.certificates.juryComment')}</strong> {certification.commentForCandidate}
        </Alert>
      )}
      {(certification.attestationUrl || certification.credentialUrl) && (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', my: 2 }}>
          {certification.attestationUrl && (
            <Button variant="contained" startIcon={<PictureAsPdf />} onClick={() => void save(certification.attestationUrl!, `attestation-certification-${certification.id}.pdf`)}>
              {t('learner.certificates.downloadAttestation')}
            </Button>
          )}
          {certification.credentialUrl && (
            <Button variant="outlined" startIcon={<WorkspacePremium />} onClick={() => void save(certification.credentialUrl!, `certificat-numerique-${certification.id}.json`)}>
              {t('learner.certificates.downloadCredential')}
            </Button>
          )}
        </Box>
      )}
      {failed && (
        <Alert severity="error" role="alert" sx={{ my: 2, maxWidth: 720 }}>
          {t('learner.certificates.downloadFailed')}
        </Alert>
      )}
      {validated && (
        <>
          <Typography variant="h2" sx={{ mt: 3 }}>
            {t('learner.certificates.levelsTitle')}
          </Typography>
          <CertifiedLevels areas={certification.areas} />
        </>
      )}
      <Box sx={{ mt: 3 }}>
        <Button component={RouterLink} to={urls.myCertifications()} variant="outlined">
          {t('learner.certificates.backToList')}
        </Button>
      </Box>
    </section>
  );
}
