import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ErrorAlert, PasswordField, getFieldErrors, isValidPassword } from '@pix-libre/ui-shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface TemporaryPasswordFormProps {
  onSubmit: (newPassword: string) => void;
  submitting: boolean;
  /** The last server error: a weak password (field "newPassword") goes under the field, the rest in an alert. */
  error: unknown;
}

interface Errors {
  password?: string;
  confirmation?: string;
}

/** The pupil's own password, twice (props only), checked against the platform's rule before the server checks it again. */
export function TemporaryPasswordForm({ onSubmit, submitting, error }: TemporaryPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  // A server error stays under the field until the field is edited.
  const [passwordEdited, setPasswordEdited] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const serverPasswordError = getFieldErrors(error).newPassword;

  useEffect(() => {
    // The server refused the password (too weak, or the temporary one again): back to the field, whose description says why.
    if (serverPasswordError) passwordRef.current?.focus();
  }, [serverPasswordError, error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (!isValidPassword(password)) next.password = t('shared.password.invalid');
    if (!confirmation) next.confirmation = t('learner.temporaryPassword.confirmationRequired');
    else if (confirmation !== password) next.confirmation = t('learner.temporaryPassword.mismatch');
    setErrors(next);
    if (next.password) return passwordRef.current?.focus();
    if (next.confirmation) return confirmationRef.current?.focus();
    setPasswordEdited(false);
    onSubmit(password);
  };

  const passwordError = errors.password ?? (passwordEdited ? undefined : serverPasswordError);
  return (
    <Box component="form" noValidate onSubmit={submit}>
      <ErrorAlert error={error} exclude={(field) => field === 'newPassword'} sx={{ mb: 2 }} />
      <PasswordField
        label={t('learner.temporaryPassword.password')}
        name="newPassword"
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          setPasswordEdited(true);
          if (errors.password) setErrors((current) => ({ ...current, password: undefined }));
        }}
        error={Boolean(passwordError)}
        helperText={passwordError ?? t('shared.password.rule')}
        inputRef={passwordRef}
      />
      <PasswordField
        label={t('learner.temporaryPassword.confirmation')}
        name="confirmation"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(event) => {
          setConfirmation(event.target.value);
          if (errors.confirmation) setErrors((current) => ({ ...current, confirmation: undefined }));
        }}
        error={Boolean(errors.confirmation)}
        helperText={errors.confirmation}
        inputRef={confirmationRef}
      />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={submitting} sx={{ mt: 2 }}>
        {submitting ? t('learner.temporaryPassword.submitting') : t('learner.temporaryPassword.submit')}
      </Button>
    </Box>
  );
}
