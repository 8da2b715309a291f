import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../components/PasswordField';
import { ErrorAlert } from '../errors/ErrorAlert';
import type { LogInValues } from '../auth/auth-context';

export interface LoginFormProps {
  onSubmit: (values: LogInValues) => void;
  submitting: boolean;
  /** The last server error (shown as the server's message). */
  error: unknown;
}

type FieldErrors = Partial<Record<keyof LogInValues, string>>;

/** Log-in form (props only): login (e-mail or username) and password. */
export function LoginForm({ onSubmit, submitting, error }: LoginFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<LogInValues>({ login: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!values.login.trim()) errors.login = t('shared.login.loginRequired');
    if (!values.password) errors.password = t('shared.login.passwordRequired');
    setFieldErrors(errors);
    if (errors.login) return loginRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    onSubmit({ login: values.login.trim(), password: values.password });
  };

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <ErrorAlert error={error} sx={{ mb: 2 }} />
      <TextField
        label={t('shared.login.login')}
        name="login"
        autoComplete="username"
        required
        value={values.login}
        onChange={(event) => setValues({ ...values, login: event.target.value })}
        error={Boolean(fieldErrors.login)}
        helperText={fieldErrors.login}
        inputRef={loginRef}
      />
      <PasswordField
        label={t('shared.login.password')}
        name="password"
        autoComplete="current-password"
        required
        value={values.password}
        onChange={(event) => setValues({ ...values, password: event.target.value })}
        error={Boolean(fieldErrors.password)}
        helperText={fieldErrors.password}
        inputRef={passwordRef}
      />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={submitting} sx={{ mt: 2 }}>
        {submitting ? t('shared.login.submitting') : t('shared.login.submit')}
      </Button>
    </Box>
  );
}
