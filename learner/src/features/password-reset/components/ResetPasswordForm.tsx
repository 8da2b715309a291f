import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { ErrorAlert, PasswordField, getFieldErrors, isValidPassword } from '@pix-libre/ui-shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../../urls';

export interface ResetPasswordFormProps {
  onSubmit: (password: string) => void;
  submitting: boolean;
  done: boolean;
  error: unknown;
}

interface Errors {
  password?: string;
  confirmation?: string;
}

/** New password, twice (props only); on success, a link to log in. */
export function ResetPasswordForm({ onSubmit, submitting, done, error }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const serverPasswordError = getFieldErrors(error).password;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (!isValidPassword(password)) next.password = t('shared.password.invalid');
    if (!confirmation) next.confirmation = t('learner.resetPassword.confirmationRequired');
    else if (confirmation !== password) next.confirmation = t('learner.resetPassword.mismatch');
    setErrors(next);
    if (next.password) return passwordRef.current?.focus();
    if (next.confirmation) return confirmationRef.current?.focus();
    onSubmit(password);
  };

  if (done) {
    return (
      <Box>
        <Alert severity="success" role="status" sx={{ mb: 3 }}>
          {t('learner.resetPassword.success')}
        </Alert>
        <Button component={RouterLink} to={urls.logIn()} variant="contained" size="large">
          {t('learner.resetPassword.logIn')}
        </Button>
      </Box>
    );
  }

  const passwordError = errors.password ?? serverPasswordError;
  return (
    <Box component="form" noValidate onSubmit={submit}>
      <ErrorAlert error={error} exclude={(field) => field === 'password'} sx={{ mb: 2 }} />
      {getFieldErrors(error, { INVALID_TOKEN: 'token' }).token && (
        <Link component={RouterLink} to={urls.forgotPassword()} sx={{ display: 'inline-block', mb: 2 }}>
          {t('learner.resetPassword.requestNewLink')}
        </Link>
      )}
      <PasswordField
        label={t('learner.resetPassword.password')}
        name="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={Boolean(passwordError)}
        helperText={passwordError ?? t('shared.password.rule')}
        inputRef={passwordRef}
      />
      <PasswordField
        label={t('learner.resetPassword.confirmation')}
        name="confirmation"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        error={Boolean(errors.confirmation)}
        helperText={errors.confirmation}
        inputRef={confirmationRef}
      />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={submitting} sx={{ mt: 2 }}>
        {submitting ? t('learner.resetPassword.submitting') : t('learner.resetPassword.submit')}
      </Button>
    </Box>
  );
}
