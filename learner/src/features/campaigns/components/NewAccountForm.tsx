import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CguCheckbox, ErrorAlert, PasswordField, getFieldErrors, isValidPassword } from '@pix-libre/ui-shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface NewAccountValues {
  /** A username made by the platform (recommended for pupils), or the e-mail address as the login. */
  withUsername: boolean;
  /** Empty with a username. */
  email: string;
  password: string;
  cgu: boolean;
}

export interface NewAccountFormProps {
  onSubmit: (values: NewAccountValues) => void;
  submitting: boolean;
  /** The API's refusal: under its field (e-mail taken, password, terms of use), else in an alert. */
  serverError: unknown;
}

type Field = 'email' | 'password' | 'cgu';
type Errors = Partial<Record<Field, string>>;
const FIELDS: Field[] = ['email', 'password', 'cgu'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Je crée mon compte" (props only): with a username (recommended, no e-mail needed) or an e-mail
 * address, a password under the platform's rule, the terms of use; checked here before the API checks again.
 */
export function NewAccountForm({ onSubmit, submitting, serverError }: NewAccountFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<NewAccountValues>({ withUsername: true, email: '', password: '', cgu: false });
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const [edited, setEdited] = useState<Partial<Record<Field, boolean>>>({});
  const refs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const usernameHintId = useId();
  const emailHintId = useId();

  const serverFieldErrors: Errors = getFieldErrors(serverError, { EMAIL_ALREADY_USED: 'email' });
  const errorOf = (field: Field): string | undefined => clientErrors[field] ?? (edited[field] ? undefined : serverFieldErrors[field]);

  const set = <K extends keyof NewAccountValues>(field: K, value: NewAccountValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    const group: Field = field === 'withUsername' ? 'email' : (field as Field);
    setEdited((current) => ({ ...current, [group]: true }));
    if (clientErrors[group]) setClientErrors((current) => ({ ...current, [group]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Errors = {};
    const email = values.email.trim();
    if (!values.withUsername && !email) errors.email = t('shared.signUp.errors.emailRequired');
    else if (!values.withUsername && !EMAIL.test(email)) errors.email = t('shared.signUp.errors.emailInvalid');
    if (!isValidPassword(values.password)) errors.password = t('shared.password.invalid');
    if (!values.cgu) errors.cgu = t('shared.signUp.errors.cguRequired');
    setClientErrors(errors);
    const firstInvalid = FIELDS.find((field) => errors[field]);
    if (firstInvalid) {
      refs.current[firstInvalid]?.focus();
      return;
    }
    setEdited({});
    onSubmit({ ...values, email: values.withUsername ? '' : email });
  };

  const register = (field: Field) => (element: HTMLInputElement | null) => {
    refs.current[field] = element;
  };
  const emailError = errorOf('email');
  const passwordError = errorOf('password');
  const shownUnderFields = new Set(Object.keys(serverFieldErrors).filter((field) => field !== 'email' || !values.withUsername));

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <ErrorAlert error={serverError} exclude={(field) => Boolean(field && shownUnderFields.has(field))} sx={{ mb: 2 }} />
      <Typography variant="body2" color="text.secondary">
        {t('shared.signUp.requiredHint')}
      </Typography>
      <FormControl component="fieldset" sx={{ mt: 2, display: 'block' }}>
        <FormLabel component="legend" sx={{ fontWeight: 500, color: 'text.primary' }}>
          {t('learner.newAccount.loginChoice')}
        </FormLabel>
        <RadioGroup name="loginType" value={values.withUsername ? 'username' : 'email'} onChange={(event) => set('withUsername', event.target.value === 'username')}>
          <FormControlLabel value="username" control={<Radio slotProps={{ input: { 'aria-describedby': usernameHintId } }} />} label={t('learner.newAccount.withUsername')} />
          <FormHelperText id={usernameHintId} sx={{ mt: -0.5, mb: 1, ml: 4 }}>
            {t('learner.newAccount.withUsernameHint')}
          </FormHelperText>
          <FormControlLabel value="email" control={<Radio slotProps={{ input: { 'aria-describedby': emailHintId } }} />} label={t('learner.newAccount.withEmail')} />
          <FormHelperText id={emailHintId} sx={{ mt: -0.5, ml: 4 }}>
            {t('learner.newAccount.withEmailHint')}
          </FormHelperText>
        </RadioGroup>
      </FormControl>
      {!values.withUsername && (
        <TextField
          label={t('shared.signUp.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={values.email}
          onChange={(event) => set('email', event.target.value)}
          error={Boolean(emailError)}
          helperText={emailError ?? t('shared.signUp.emailHint')}
          inputRef={register('email')}
        />
      )}
      <PasswordField
        label={t('learner.newAccount.password')}
        name="password"
        autoComplete="new-password"
        required
        value={values.password}
        onChange={(event) => set('password', event.target.value)}
        error={Boolean(passwordError)}
        helperText={passwordError ?? t('shared.password.rule')}
        inputRef={register('password')}
      />
      <CguCheckbox checked={values.cgu} onChange={(checked) => set('cgu', checked)} error={errorOf('cgu')} inputRef={register('cgu')} />
      <Button type="submit" variant="contained" size="large" disabled={submitting} sx={{ mt: 2, width: { xs: '100%', sm: 'auto' } }}>
        {submitting ? t('learner.newAccount.submitting') : t('learner.newAccount.submit')}
      </Button>
    </Box>
  );
}
