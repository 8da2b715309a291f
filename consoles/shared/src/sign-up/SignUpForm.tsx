import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { SignUpValues } from '../auth/auth-context';
import { PasswordField, isValidPassword } from '../components/PasswordField';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CguCheckbox } from './CguCheckbox';

type Field = keyof SignUpValues;
export type SignUpFieldErrors = Partial<Record<Field, string>>;

export interface SignUpFormProps {
  onSubmit: (values: SignUpValues) => void;
  submitting: boolean;
  /** Server errors that name a field (extensions.field), shown under that field. */
  serverFieldErrors: SignUpFieldErrors;
  /** The last server error; what is not shown under a field goes in an alert. */
  serverError: unknown;
  /** The button's text, and while sending ("Je m'inscris" / "Inscription en cours…" in the learner app). */
  submitLabel: string;
  submittingLabel: string;
}

const FIELDS: Field[] = ['firstName', 'lastName', 'email', 'password', 'cgu'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Account creation (props only): first name, last name, e-mail, password (the platform's rule), terms
 * of use; checked on the client before the server checks it again. The learner app's sign-up and the
 * consoles' invitation pages use it.
 */
export function SignUpForm({ onSubmit, submitting, serverFieldErrors, serverError, submitLabel, submittingLabel }: SignUpFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SignUpValues>({ firstName: '', lastName: '', email: '', password: '', cgu: false });
  const [clientErrors, setClientErrors] = useState<SignUpFieldErrors>({});
  const [edited, setEdited] = useState<Partial<Record<Field, boolean>>>({});
  const refs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  // A server error stays under its field until the field is edited.
  const errorOf = (field: Field): string | undefined => clientErrors[field] ?? (edited[field] ? undefined : serverFieldErrors[field]);

  const set = <K extends Field>(field: K, value: SignUpValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => ({ ...current, [field]: true }));
    if (clientErrors[field]) setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  const validate = (): SignUpFieldErrors => {
    const errors: SignUpFieldErrors = {};
    if (!values.firstName.trim()) errors.firstName = t('shared.signUp.errors.firstNameRequired');
    if (!values.lastName.trim()) errors.lastName = t('shared.signUp.errors.lastNameRequired');
    if (!values.email.trim()) errors.email = t('shared.signUp.errors.emailRequired');
    else if (!EMAIL.test(values.email.trim())) errors.email = t('shared.signUp.errors.emailInvalid');
    if (!isValidPassword(values.password)) errors.password = t('shared.password.invalid');
    if (!values.cgu) errors.cgu = t('shared.signUp.errors.cguRequired');
    return errors;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validate();
    setClientErrors(errors);
    const firstInvalid = FIELDS.find((field) => errors[field]);
    if (firstInvalid) {
      refs.current[firstInvalid]?.focus();
      return;
    }
    setEdited({});
    onSubmit({ ...values, firstName: values.firstName.trim(), lastName: values.lastName.trim(), email: values.email.trim() });
  };

  const textField = (field: 'firstName' | 'lastName' | 'email', autoComplete: string, type = 'text') => (
    <TextField
      label={t(`shared.signUp.${field}`)}
      name={field}
      type={type}
      autoComplete={autoComplete}
      required
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      error={Boolean(errorOf(field))}
      helperText={errorOf(field) ?? (field === 'email' ? t('shared.signUp.emailHint') : undefined)}
      inputRef={(element: HTMLInputElement | null) => {
        refs.current[field] = element;
      }}
    />
  );

  const passwordError = errorOf('password');
  const cguError = errorOf('cgu');
  const fieldsWithServerError = new Set(Object.keys(serverFieldErrors));

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <ErrorAlert error={serverError} exclude={(field) => Boolean(field && fieldsWithServerError.has(field))} sx={{ mb: 2 }} />
      <Typography variant="body2" color="text.secondary">
        {t('shared.signUp.requiredHint')}
      </Typography>
      {textField('firstName', 'given-name')}
      {textField('lastName', 'family-name')}
      {textField('email', 'email', 'email')}
      <PasswordField
        label={t('shared.signUp.password')}
        name="password"
        autoComplete="new-password"
        required
        value={values.password}
        onChange={(event) => set('password', event.target.value)}
        error={Boolean(passwordError)}
        helperText={passwordError ?? t('shared.password.rule')}
        inputRef={(element: HTMLInputElement | null) => {
          refs.current.password = element;
        }}
      />
      <CguCheckbox
        checked={values.cgu}
        onChange={(checked) => set('cgu', checked)}
        error={cguError}
        inputRef={(element) => {
          refs.current.cgu = element;
        }}
      />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={submitting} sx={{ mt: 2 }}>
        {submitting ? submittingLabel : submitLabel}
      </Button>
    </Box>
  );
}
