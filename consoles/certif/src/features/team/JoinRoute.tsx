import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { CertifMembershipsQuery } from '../../centers/centers.graphql';
import { paths, urls } from '../../urls';
import { AcceptCenterInvitationMutation, CenterInvitationPreviewQuery } from './team.graphql';

/** The link of an invitation e-mail (`/rejoindre?code=…`): the centre and role, then "Rejoindre" once logged in. */
export function JoinRoute() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  useDocumentTitle(t('console.join.documentTitle'));
  const preview = useQuery(CenterInvitationPreviewQuery, { variables: { code } });
  const [accept, acceptState] = useMutation(AcceptCenterInvitationMutation, { refetchQueries: [CertifMembershipsQuery] });
  const invitation = preview.data?.certificationCenterInvitation;
  if (preview.loading && !invitation) return <PageLoader />;
  return (
    <Box component="section" aria-labelledby="join-title" sx={{ maxWidth: 640 }}>
      <Typography variant="h1" id="join-title" gutterBottom>
        {t('console.join.title')}
      </Typography>
      {!invitation ? (
        <ErrorAlert error={preview.error} />
      ) : (
        <>
          <Typography sx={{ mb: 2 }}>{t('console.join.text', { name: invitation.certificationCenterName, role: t(`console.roles.${invitation.role}`) })}</Typography>
          <ErrorAlert error={acceptState.error} sx={{ mb: 2 }} />
          {user ? (
            <Button variant="contained" disabled={acceptState.loading} onClick={() => void accept({ variables: { code } }).then(() => navigate(urls.home())).catch(() => undefined)}>
              {t('console.join.accept')}
            </Button>
          ) : (
            <Alert severity="info">
              <Link component={RouterLink} to={paths.logIn} state={{ from: { pathname: paths.join, search: `?code=${encodeURIComponent(code)}` } }}>
                {t('console.join.logInFirst')}
              </Link>
            </Alert>
          )}
        </>
      )}
    </Box>
  );
}
