import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { urls } from '../../urls';
import { CertificationCenterForm, centerInput, emptyCenter } from './CertificationCenterForm';
import { CreateCertificationCenterMutation } from './certification-centers.graphql';

/** "Créer un centre de certification" (SUPER_ADMIN, SUPPORT, CERTIF): then its page, to add its administrator. */
export function CreateCertificationCenterRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('console.centerForm.createTitle'));
  const navigate = useNavigate();
  const [create, created] = useMutation(CreateCertificationCenterMutation);
  return (
    <Box component="section" aria-labelledby="new-center-title">
      <Link component={RouterLink} to={urls.certificationCenters()} sx={{ display: 'inline-block', mb: 2 }}>
        {t('console.certificationCenters.back')}
      </Link>
      <Typography variant="h1" id="new-center-title" gutterBottom>
        {t('console.centerForm.createTitle')}
      </Typography>
      <CertificationCenterForm
        labelledBy="new-center-title"
        initial={emptyCenter}
        submitLabel={t('console.centerForm.create')}
        busy={created.loading}
        error={created.error}
        onSubmit={(values) => {
          void create({ variables: { input: centerInput(values) } })
            .then(({ data }) => data && navigate(urls.certificationCenter(data.createCertificationCenter.id)))
            .catch(() => undefined);
        }}
      />
    </Box>
  );
}
