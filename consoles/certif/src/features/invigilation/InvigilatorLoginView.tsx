import { useMutation } from '@apollo/client/react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { urls } from '../../urls';
import { InvigilatorLoginForm } from './components/InvigilatorLoginForm';
import { saveInvigilatorAccess } from './domain/invigilator-token';
import { SuperviseSessionMutation } from './invigilation.graphql';

/** "Espace surveillant" (`/surveillance`, no account): the session number and invigilator password open the session's live list. */
export function InvigilatorLoginView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [supervise, { loading, error }] = useMutation(SuperviseSessionMutation, { context: { skipAuth: true } });
  useDocumentTitle(t('certif.invigilation.login.documentTitle'));
  return (
    <Paper variant="outlined" component="section" aria-labelledby="invigilator-login-title" sx={{ maxWidth: 520, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" id="invigilator-login-title" gutterBottom sx={{ fontSize: { xs: '1.75rem', sm: '2rem' } }}>
        {t('certif.invigilation.login.title')}
      </Typography>
      <Typography>{t('certif.invigilation.login.intro')}</Typography>
      <InvigilatorLoginForm
        submitting={loading}
        serverError={error ?? null}
        onSubmit={(input) => {
          void supervise({ variables: { input } })
            .then(({ data }) => {
              const access = data?.superviseSession;
              if (!access) return;
              saveInvigilatorAccess({ sessionId: access.session.id, token: access.accessToken, expiresAt: access.expiresAt });
              navigate(urls.invigilatorSession(access.session.id));
            })
            .catch(() => undefined);
        }}
      />
    </Paper>
  );
}
