import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { useMutation } from '@apollo/client/react';
import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { urls } from '../../urls';
import { emptySessionDetails, SessionForm } from './SessionForm';
import { CreateSessionMutation } from './sessions.graphql';

/** "Créer une session": the form, then the new session's page (its number and codes). */
export function SessionCreationRoute() {
  const { centerId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('console.sessionForm.createTitle'));
  const [create, { loading, error }] = useMutation(CreateSessionMutation);
  return (
    <Box component="section" aria-labelledby="session-creation-title">
      <Typography variant="h1" id="session-creation-title" gutterBottom>
        {t('console.sessionForm.createTitle')}
      </Typography>
      <SessionForm
        initial={emptySessionDetails}
        submitLabel={t('console.sessionForm.create')}
        submitting={loading}
        serverError={error}
        onCancel={() => navigate(urls.sessions(centerId))}
        onSubmit={async (values) => {
          try {
            const { data } = await create({ variables: { input: { ...values, certificationCenterId: centerId } } });
            if (data) navigate(urls.session(centerId, data.createCertificationSession.id));
          } catch {
            /* shown by the form */
          }
        }}
      />
    </Box>
  );
}
