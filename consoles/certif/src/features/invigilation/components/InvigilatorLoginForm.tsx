import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { getApiErrors } from '@pix-libre/ui-shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface InvigilatorLoginFormProps {
  onSubmit: (values: { sessionNumber: string; invigilatorPassword: string }) => void;
  submitting: boolean;
  serverError: unknown;
}

/** "Espace surveillant" (props only): N° de session and the invigilator password given by the centre. */
export function InvigilatorLoginForm({ onSubmit, submitting, serverError }: InvigilatorLoginFormProps) {
  const { t } = useTranslation();
  const [sessionNumber, setSessionNumber] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ sessionNumber?: string; password?: string }>({});
  const sessionRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const apiError = getApiErrors(serverError)[0];

  useEffect(() => {
    if (serverError) alertRef.current?.focus();
  }, [serverError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    const number = sessionNumber.replace(/\D/g, '');
    const typedPassword = password.trim();
    if (!number) found.sessionNumber = t('certif.invigilation.login.sessionNumberRequired');
    if (!typedPassword) found.password = t('certif.invigilation.login.passwordRequired');
    setErrors(found);
    if (found.sessionNumber) return sessionRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    onSubmit({ sessionNumber: number, invigilatorPassword: typedPassword });
  };

  const message = !serverError
    ? null
    : apiError?.code === 'TOO_MANY_ATTEMPTS'
      ? t('certif.invigilation.login.tooManyAttempts', { count: Math.max(1, Math.ceil((apiError.retryAfterSeconds ?? 60) / 60)) })
      : apiError?.code === 'INVIGILATOR_ACCESS_REFUSED'
        ? t('certif.invigilation.login.refused')
        : (apiError?.message ?? t('shared.errors.network'));

  return (
    <Box component="form" noValidate onSubmit={submit}>
      {message && (
        <Alert severity="error" role="alert" ref={alertRef} tabIndex={-1} sx={{ mb: 2 }}>
          {message}
        </Alert>
      )}
      <TextField
        label={t('certif.invigilation.login.sessionNumber')}
        name="sessionNumber"
        required
        fullWidth
        margin="normal"
        value={sessionNumber}
        onChange={(event) => {
          setSessionNumber(event.target.value.replace(/\D/g, ''));
          setErrors((current) => ({ ...current, sessionNumber: undefined }));
        }}
        error={Boolean(errors.sessionNumber)}
        helperText={errors.sessionNumber}
        inputRef={sessionRef}
        autoComplete="off"
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <TextField
        label={t('certif.invigilation.login.password')}
        name="invigilatorPassword"
        required
        fullWidth
        margin="normal"
        value={password}
        onChange={(event) => {
          setPassword(event.target.value.toUpperCase());
          setErrors((current) => ({ ...current, password: undefined }));
        }}
        error={Boolean(errors.password)}
        helperText={errors.password ?? t('certif.invigilation.login.passwordHint')}
        inputRef={passwordRef}
        autoComplete="off"
        slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
      />
      <Button type="submit" variant="contained" size="large" disabled={submitting} sx={{ mt: 2, width: { xs: '100%', sm: 'auto' } }}>
        {submitting ? t('certif.invigilation.login.submitting') : t('certif.invigilation.login.submit')}
      </Button>
    </Box>
  );
}
