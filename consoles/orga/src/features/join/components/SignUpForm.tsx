import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PasswordField, isValidPassword, type SignUpValues } from '@pix-libre/ui-shared';
import { useId, useRef, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { urls } from '../../../urls';

type Field = keyof SignUpValues;
export type SignUpFieldErrors = Partial<Record<Field, string>>;

export interface SignUpFormProps {
  onSubmit: (values: SignUpValues) => void;
  submitting: boolean;
  /** Server errors that name a field (extensions.field), shown under that field. */
  serverFieldErrors: SignUpFieldErrors;
  /** The last server error; what is not shown under a field goes in an alert. */
  serverError: unknown;
}

const FIELDS: Field[] = ['firstName', 'lastName', 'email', 'password', 'cgu'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Account creation (props only), as in the learner app: first name, last name, e-mail, password
 * (the platform's rule), terms of use; checked here before the server checks it again.
 */
export function SignUpForm({ onSubmit, submitting, serverFieldErrors, serverError }: SignUpFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SignUpValues>({ firstName: '', lastName: '', email: '', password: '', cgu: false });
  const [clientErrors, setClientErrors] = useState<SignUpFieldErrors>({});
  const [edited, setEdited] = useState<Partial<Record<Field, boolean>>>({});
  const refs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const cguHelpId = useId();
  const cguErrorId = useId();

  const errorOf = (field: Field): string | undefined => clientErrors[field] ?? (edited[field] ? undefined : serverFieldErrors[field]);

  const set = <K extends Field>(field: K, value: SignUpValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => ({ ...current, [field]: true }));
    if (clientErrors[field]) setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  const validate = (): SignUpFieldErrors => {
    const errors: SignUpFieldErrors = {};
    if (!values.firstName.trim()) errors.firstName = t('console.signUp.errors.firstNameRequired');
    if (!values.lastName.trim()) errors.lastName = t('console.signUp.errors.lastNameRequired');
    if (!values.email.trim()) errors.email = t('console.signUp.errors.emailRequired');
    else if (!EMAIL.test(values.email.trim())) errors.email = t('console.signUp.errors.emailInvalid');
    if (!isValidPassword(values.password)) errors.password = t('shared.password.invalid');
    if (!values.cgu) errors.cgu = t('console.signUp.errors.cguRequired');
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
      label={t(`console.signUp.${field}`)}
      name={field}
      type={type}
      autoComplete={autoComplete}
      required
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      error={Boolean(errorOf(field))}
      helperText={errorOf(field) ?? (field === 'email' ? t('console.signUp.emailHint') : undefined)}
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
        {t('console.signUp.requiredHint')}
      </Typography>
      {textField('firstName', 'given-name')}
      {textField('lastName', 'family-name')}
      {textField('email', 'email', 'email')}
      <PasswordField
        label={t('console.signUp.password')}
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
      <FormControl error={Boolean(cguError)} sx={{ mt: 2 }}>
        <FormControlLabel
          control={
            <Checkbox
              name="cgu"
              checked={values.cgu}
              onChange={(event) => set('cgu', event.target.checked)}
              slotProps={{
                input: {
                  ref: (element: HTMLInputElement | null) => {
                    refs.current.cgu = element;
                  },
                  'aria-describedby': cguError ? `${cguErrorId} ${cguHelpId}` : cguHelpId,
                  'aria-invalid': Boolean(cguError),
                  'aria-required': true,
                } as InputHTMLAttributes<HTMLInputElement> & { ref: (element: HTMLInputElement | null) => void },
              }}
            />
          }
          label={<Trans i18nKey="console.signUp.cgu" components={{ 1: <Link href={urls.termsOfUse()} target="_blank" rel="noopener" /> }} />}
        />
        {cguError && <FormHelperText id={cguErrorId}>{cguError}</FormHelperText>}
        <FormHelperText id={cguHelpId} error={false}>
          {t('console.signUp.cguNewTab')}
        </FormHelperText>
      </FormControl>
      <Button type="submit" variant="contained" size="large" fullWidth disabled={submitting} sx={{ mt: 2 }}>
        {submitting ? t('console.signUp.submitting') : t('console.signUp.submit')}
      </Button>
    </Box>
  );
}
