import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getApiErrors, getFieldErrors } from '@pix-libre/ui-shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkBirthdate, splitBirthdate, type TypedBirthdate } from '../domain/birthdate';
import { linkedAccountHint } from '../domain/campaign-errors';
import { BirthdateFields } from './BirthdateFields';

export interface ReconciliationValues {
  firstName: string;
  lastName: string;
  /** AAAA-MM-JJ. */
  birthdate: string;
}

export interface ReconciliationFormProps {
  organizationName: string;
  submitLabel: string;
  onSubmit: (values: ReconciliationValues) => void;
  submitting: boolean;
  /** The API's refusal: no pupil, several, a pupil linked to another account, too many attempts… */
  serverError: unknown;
  /** LEARNER_ALREADY_LINKED: log out, then log in with the account the pupil already has. */
  onUseOtherAccount: () => void;
  /** The label of that button (a visitor without a session logs in; a learner logs out first). */
  useOtherAccountLabel?: string;
  /** What the pupil typed before, when the form comes back (e.g. after a refusal of the API). */
  initialValues?: ReconciliationValues | null;
}

type Field = 'firstName' | 'lastName' | 'day' | 'month' | 'year';
type Errors = Partial<Record<'firstName' | 'lastName' | 'birthdate', string>> & { birthdateField?: keyof TypedBirthdate };

/** How the account already linked to the pupil logs in: masked as the API gives it, nothing else. */
function LinkedAccount({ error, onUseOtherAccount, label }: { error: unknown; onUseOtherAccount: () => void; label?: string }) {
  const { t } = useTranslation();
  const hint = linkedAccountHint(error);
  if (!hint) return null;
  const lines = [
    hint.maskedEmail ? t('learner.reconciliation.linkedEmail', { email: hint.maskedEmail }) : null,
    hint.username ? t('learner.reconciliation.linkedUsername', { username: hint.username }) : null,
    hint.connectionMethods.includes('GAR') ? t('learner.reconciliation.linkedGar') : null,
  ].filter((line): line is string => Boolean(line));
  return (
    <Box sx={{ mt: 1 }}>
      {lines.length > 0 && (
        <>
          <Typography variant="body2" sx={{ fontWeight: 700 }}>
            {t('learner.reconciliation.linkedAccount')}
          </Typography>
          <Box component="ul" sx={{ my: 0.5, pl: 2.5 }}>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </Box>
        </>
      )}
      {(hint.maskedEmail || hint.username) && (
        <Button variant="outlined" color="inherit" size="small" onClick={onUseOtherAccount} sx={{ mt: 1 }}>
          {label ?? t('learner.reconciliation.useOtherAccount')}
        </Button>
      )}
    </Box>
  );
}

/**
 * "Prénom", "Nom", "Date de naissance" (props only): how a school knows its pupil (domain.md §5). The
 * birth date is three fields (JJ / MM / AAAA) in a fieldset; every error is tied to its field(s).
 */
export function ReconciliationForm({
  organizationName,
  submitLabel,
  onSubmit,
  submitting,
  serverError,
  onUseOtherAccount,
  useOtherAccountLabel,
  initialValues,
}: ReconciliationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => ({
    firstName: initialValues?.firstName ?? '',
    lastName: initialValues?.lastName ?? '',
    ...splitBirthdate(initialValues?.birthdate),
  }));
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const [edited, setEdited] = useState<Partial<Record<'firstName' | 'lastName' | 'birthdate', boolean>>>({});
  const refs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const alertRef = useRef<HTMLDivElement>(null);
  const alertId = useId();

  const serverFieldErrors = getFieldErrors(serverError);
  const alertErrors = getApiErrors(serverError).filter((apiError) => !apiError.field || !['firstName', 'lastName', 'birthdate'].includes(apiError.field));
  const showNetworkError = Boolean(serverError) && getApiErrors(serverError).length === 0;
  const hasAlert = alertErrors.length > 0 || showNetworkError;

  const errorOf = (field: 'firstName' | 'lastName' | 'birthdate'): string | undefined =>
    clientErrors[field] ?? (edited[field] ? undefined : serverFieldErrors[field]);
  const birthdateError = errorOf('birthdate');
  const invalidDatePart = (part: keyof TypedBirthdate) =>
    Boolean(clientErrors.birthdate ? clientErrors.birthdateField === part : !edited.birthdate && serverFieldErrors.birthdate);

  // A refusal of the API: the focus goes to its explanation.
  useEffect(() => {
    if (hasAlert) alertRef.current?.focus();
  }, [serverError, hasAlert]);

  const set = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    const group = field === 'firstName' || field === 'lastName' ? field : 'birthdate';
    setEdited((current) => ({ ...current, [group]: true }));
    if (clientErrors[group]) setClientErrors((current) => ({ ...current, [group]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Errors = {};
    if (!values.firstName.trim()) errors.firstName = t('learner.reconciliation.errors.firstNameRequired');
    if (!values.lastName.trim()) errors.lastName = t('learner.reconciliation.errors.lastNameRequired');
    const birthdate = checkBirthdate({ day: values.day, month: values.month, year: values.year });
    if (!birthdate.ok) {
      errors.birthdate = t(`learner.reconciliation.errors.birthdate.${birthdate.problem}`);
      errors.birthdateField = birthdate.field;
    }
    setClientErrors(errors);
    const firstInvalid: Field | undefined = errors.firstName ? 'firstName' : errors.lastName ? 'lastName' : errors.birthdateField;
    if (firstInvalid) {
      refs.current[firstInvalid]?.focus();
      return;
    }
    setEdited({});
    if (birthdate.ok) onSubmit({ firstName: values.firstName.trim(), lastName: values.lastName.trim(), birthdate: birthdate.value });
  };

  const register = (field: Field) => (element: HTMLInputElement | null) => {
    refs.current[field] = element;
  };

  return (
    <Box component="form" noValidate onSubmit={submit} aria-describedby={hasAlert ? alertId : undefined}>
      {hasAlert && (
        <Alert severity="error" role="alert" id={alertId} ref={alertRef} tabIndex={-1} sx={{ mb: 2, overflowWrap: 'anywhere' }}>
          {showNetworkError ? t('shared.errors.network') : [...new Set(alertErrors.map((apiError) => apiError.message))].join(' ')}
          <LinkedAccount error={serverError} onUseOtherAccount={onUseOtherAccount} label={useOtherAccountLabel} />
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('learner.reconciliation.requiredHint', { organizationName })}
      </Typography>
      <TextField
        label={t('learner.reconciliation.firstName')}
        name="firstName"
        required
        autoComplete="given-name"
        value={values.firstName}
        onChange={(event) => set('firstName', event.target.value)}
        error={Boolean(errorOf('firstName'))}
        helperText={errorOf('firstName')}
        inputRef={register('firstName')}
      />
      <TextField
        label={t('learner.reconciliation.lastName')}
        name="lastName"
        required
        autoComplete="family-name"
        value={values.lastName}
        onChange={(event) => set('lastName', event.target.value)}
        error={Boolean(errorOf('lastName'))}
        helperText={errorOf('lastName') ?? t('learner.reconciliation.lastNameHint')}
        inputRef={register('lastName')}
      />
      <BirthdateFields value={values} onChange={set} error={birthdateError} invalid={invalidDatePart} inputRef={register} />
      <Button type="submit" variant="contained" size="large" disabled={submitting} sx={{ mt: 3, width: { xs: '100%', sm: 'auto' } }}>
        {submitting ? t('learner.reconciliation.submitting') : submitLabel}
      </Button>
    </Box>
  );
}
