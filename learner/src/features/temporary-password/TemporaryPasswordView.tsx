import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { ErrorAlert, hasErrorCode, useRedirectTarget, useStartSession } from '@pix-libre/ui-shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { urls } from '../../urls';
import { TemporaryPasswordForm } from './components/TemporaryPasswordForm';
import { readFrom } from './temporary-password-state';
import { ChangeExpiredPasswordMutation } from './temporary-password.graphql';

/** The token has expired or was used: the server's message and a way back to log-in (the form is of no use any more). */
function ExpiredToken({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const location = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The form (and its focused button) is gone: the focus goes to the message.
    ref.current?.focus();
  }, []);
  const from = readFrom(location.state);
  return (
    <Box ref={ref} tabIndex={-1} sx={{ '&:focus': { outline: 'none' } }}>
      <ErrorAlert error={error} sx={{ mb: 2 }} />
      <Link component={RouterLink} to={urls.logIn()} state={from ? { from } : undefined} replace>
        {t('learner.temporaryPassword.logInAgain')}
      </Link>
    </Box>
  );
}

/**
 * Sends changeExpiredPassword with the token of the log-in; the answer opens the session as logIn
 * does, then the pupil goes where the log-in would have led (the page first asked for, else the dashboard).
 */
export function TemporaryPasswordView({ passwordChangeToken }: { passwordChangeToken: string }) {
  const [changeExpiredPassword] = useMutation(ChangeExpiredPasswordMutation, { context: { skipAuth: true }, fetchPolicy: 'no-cache' });
  const startSession = useStartSession();
  const navigate = useNavigate();
  const target = useRedirectTarget(urls.home());
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (newPassword: string) => {
    setSubmitting(true);
    setError(null);
    try {
      const { data } = await changeExpiredPassword({ variables: { input: { passwordChangeToken, newPassword } } });
      if (!data) throw new Error('changeExpiredPassword returned no data');
      await startSession(data.changeExpiredPassword);
      // The next page says that the password has changed (FlashNotice, in the layout).
      navigate(target, { replace: true, state: { flash: 'passwordChanged' } });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  if (hasErrorCode(error, 'INVALID_TOKEN')) return <ExpiredToken error={error} />;
  return <TemporaryPasswordForm onSubmit={(newPassword) => void submit(newPassword)} submitting={submitting} error={error} />;
}
