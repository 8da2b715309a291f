import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface ActivationValues {
  uai: string;
  firstName: string;
  lastName: string;
}

type Field = keyof ActivationValues;
export type ActivationFieldErrors = Partial<Record<Field, string>>;

export interface ActivationFormProps {
  onSubmit: (values: ActivationValues) => void;
  submitting: boolean;
  /** True once the server has sent the link: the form gives way to the confirmation. */
  sent: boolean;
  /** Server errors that name a field (extensions.field, or NOT_FOUND for the UAI), shown under it. */
  serverFieldErrors: ActivationFieldErrors;
  /** The last server error; what is not shown under a field goes in an alert. */
  serverError: unknown;
}

const FIELDS: Field[] = ['uai', 'firstName', 'lastName'];
/** 7 digits and a letter (domain.md §4), e.g. 0751234A. */
const UAI = /^\d{7}[A-Z]$/;

/** "Activez ou récupérez votre espace" (props only): UAI, first name, last name. */
export function ActivationForm({ onSubmit, submitting, sent, serverFieldErrors, serverError }: ActivationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ActivationValues>({ uai: '', firstName: '', lastName: '' });
  const [clientErrors, setClientErrors] = useState<ActivationFieldErrors>({});
  const [edited, setEdited] = useState<Partial<Record<Field, boolean>>>({});
  const refs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  // A server error stays under its field until the field is edited.
  const errorOf = (field: Field): string | undefined => clientErrors[field] ?? (edited[field] ? undefined : serverFieldErrors[field]);

  const set = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setEdited((current) => ({ ...current, [field]: true }));
    if (clientErrors[field]) setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  const normalised = (): ActivationValues => ({
    uai: values.uai.replace(/\s+/g, '').toUpperCase(),
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = normalised();
    const errors: ActivationFieldErrors = {};
    if (!input.uai) errors.uai = t('console.activation.errors.uaiRequired');
    else if (!UAI.test(input.uai)) errors.uai = t('console.activation.errors.uaiInvalid');
    if (!input.firstName) errors.firstName = t('console.activation.errors.firstNameRequired');
    if (!input.lastName) errors.lastName = t('console.activation.errors.lastNameRequired');
    setClientErrors(errors);
    const firstInvalid = FIELDS.find((field) => errors[field]);
    if (firstInvalid) {
      refs.current[firstInvalid]?.focus();
      return;
    }
    setEdited({});
    onSubmit(input);
  };

  if (sent) {
    return (
      <Alert severity="success" role="status">
        {t('console.activation.sent')}
      </Alert>
    );
  }

  const fieldsWithServerError = new Set(Object.keys(serverFieldErrors));
  const textField = (field: Field, autoComplete: string, hint?: string) => (
    <TextField
      label={t(`console.activation.${field}`)}
      name={field}
      autoComplete={autoComplete}
      required
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      error={Boolean(errorOf(field))}
      helperText={errorOf(field) ?? hint}
      inputRef={(element: HTMLInputElement | null) => {
        refs.current[field] = element;
      }}
    />
  );

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <ErrorAlert error={serverError} exclude={(field, code) => fieldsWithServerError.has(field ?? (code === 'NOT_FOUND' ? 'uai' : ''))} sx={{ mb: 2 }} />
      <Typography variant="body2" color="text.secondary">
        {t('console.activation.requiredHint')}
      </Typography>
      {textField('uai', 'off', t('console.activation.uaiHint'))}
      {textField('firstName', 'given-name')}
      {textField('lastName', 'family-name')}
      <Button type="submit" variant="contained" size="large" fullWidth disabled={submitting} sx={{ mt: 2 }}>
        {submitting ? t('console.activation.submitting') : t('console.activation.submit')}
      </Button>
    </Box>
  );
}
