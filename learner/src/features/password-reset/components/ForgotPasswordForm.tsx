import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ForgotPasswordFormProps {
  onSubmit: (email: string) => void;
  submitting: boolean;
  sent: boolean;
  error: unknown;
}

/** Asks for the account's e-mail address (props only); the answer never says whether it exists. */
export function ForgotPasswordForm({ onSubmit, submitting, sent, error }: ForgotPasswordFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      setFieldError(t('learner.forgotPassword.emailRequired'));
      emailRef.current?.focus();
      return;
    }
    setFieldError(null);
    onSubmit(email.trim());
  };

  if (sent) {
    return (
      <Alert severity="success" role="status">
        {t('learner.forgotPassword.sent')}
      </Alert>
    );
  }

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <ErrorAlert error={error} sx={{ mb: 2 }} />
      <TextField
        label={t('learner.forgotPassword.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={Boolean(fieldError)}
        helperText={fieldError}
        inputRef={emailRef}
      />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={submitting} sx={{ mt: 2 }}>
        {submitting ? t('learner.forgotPassword.submitting') : t('learner.forgotPassword.submit')}
      </Button>
    </Box>
  );
}
