import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useDocumentTitle } from '../app/app-info';
import { useAuth } from '../auth/auth-context';
import { PageLoader } from '../components/PageLoader';
import { useRedirectTarget } from '../auth/RequireAuth';
import type { LogInValues } from '../auth/auth-context';
import { LoginForm } from './LoginForm';
import { getPasswordChangeToken } from './password-change';

export interface LoginPageProps {
  /** The page heading, e.g. "Pix Orga"; "Connexion" by default. */
  title?: string;
  /** A line under the heading. */
  subtitle?: ReactNode;
  /** A message shown above the form (e.g. why the user was logged out). */
  notice?: ReactNode;
  /** Links under the form (forgotten password, sign-up…). */
  links?: ReactNode;
  /**
   * Called when the account has a temporary password (logIn failed with PASSWORD_CHANGE_REQUIRED),
   * with the single-use token of changeExpiredPassword: the learner app opens its "choose your
   * password" page. Without it (the consoles), the page says to choose the password in the learner app.
   */
  onPasswordChangeRequired?: (passwordChangeToken: string) => void;
}

/** The log-in page shared by every app: logs in, then goes to the page first asked for. */
export function LoginPage({ title, subtitle, notice, links, onPasswordChangeRequired }: LoginPageProps) {
  const { t } = useTranslation();
  const { user, loading, logIn } = useAuth();
  const navigate = useNavigate();
  const target = useRedirectTarget('/');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [passwordChangeRequired, setPasswordChangeRequired] = useState(false);
  useDocumentTitle(t('shared.login.documentTitle'));

  if (loading) return <PageLoader />;
  if (user && !submitting) return <Navigate to={target} replace />;

  const submit = async (values: LogInValues) => {
    setSubmitting(true);
    setError(null);
    setPasswordChangeRequired(false);
    try {
      await logIn(values);
      navigate(target, { replace: true });
    } catch (caught) {
      setSubmitting(false);
      const passwordChangeToken = getPasswordChangeToken(caught);
      if (passwordChangeToken === null) setError(caught);
      else if (!onPasswordChangeRequired) setPasswordChangeRequired(true);
      else if (passwordChangeToken) onPasswordChangeRequired(passwordChangeToken);
      else setError(caught);
    }
  };

  return (
    <Paper variant="outlined" sx={{ maxWidth: 480, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" gutterBottom>
        {title ?? t('shared.login.title')}
      </Typography>
      {subtitle && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {subtitle}
        </Typography>
      )}
      {notice && (
        <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      {passwordChangeRequired && (
        <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
          {t('shared.login.passwordChangeRequired', { appName: t('shared.appName') })}
        </Alert>
      )}
      <LoginForm onSubmit={(values) => void submit(values)} submitting={submitting} error={error} />
      {links}
    </Paper>
  );
}
