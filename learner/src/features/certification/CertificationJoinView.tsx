import { useMutation } from '@apollo/client/react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { urls } from '../../urls';
import { JoinCertificationSessionMutation } from './certification-test.graphql';
import { JoinSessionForm } from './components/JoinSessionForm';
import { rememberJoinedHere } from './domain/joined-tab';

/**
 * "Rejoindre une session de certification" (`/certification/rejoindre`, protected): joins (or joins
 * again, to resume), then the test's page, which waits for the invigilator.
 */
export function CertificationJoinView({ initialAccessCode, resuming }: { initialAccessCode?: string; resuming?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [join, { loading, error }] = useMutation(JoinCertificationSessionMutation);
  useDocumentTitle(t('learner.certificationJoin.documentTitle'));

  return (
    <Paper variant="outlined" component="section" aria-labelledby="certification-join-title" sx={{ maxWidth: 620, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <PageHeading id="certification-join-title" gutterBottom>
        {t('learner.certificationJoin.title')}
      </PageHeading>
      <Typography sx={{ mb: 1 }}>{resuming ? t('learner.certificationJoin.resumeIntro') : t('learner.certificationJoin.intro')}</Typography>
      <JoinSessionForm
        initialAccessCode={initialAccessCode}
        submitting={loading}
        serverError={error ?? null}
        onSubmit={(values) => {
          void join({ variables: { input: values } })
            .then(({ data }) => {
              const course = data?.joinCertificationSession;
              if (!course) return;
              rememberJoinedHere(course.id);
              navigate(urls.certificationTest(course.id));
            })
            .catch(() => undefined);
        }}
      />
    </Paper>
  );
}
