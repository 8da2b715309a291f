import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getApiErrors } from '@pix-libre/ui-shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../../urls';
import { BirthdateFields } from '../../campaigns/components/BirthdateFields';
import { checkBirthdate, type TypedBirthdate } from '../../campaigns/domain/birthdate';
import { isAccessCodeShape } from '../../campaigns/domain/code-kind';
import { normalizeCampaignCode } from '../../campaigns/domain/campaign-code';
import { joinRefusalOf, normalizeSessionNumber } from '../domain/join-refusal';

export interface JoinSessionValues {
  sessionNumber: string;
  firstName: string;
  lastName: string;
  /** AAAA-MM-JJ. */
  birthdate: string;
  accessCode: string;
}

export interface JoinSessionFormProps {
  /** The access code typed in "J'ai un code", if it came from there. */
  initialAccessCode?: string;
  onSubmit: (values: JoinSessionValues) => void;
  submitting: boolean;
  /** The API's refusal. */
  serverError: unknown;
}

type Field = 'sessionNumber' | 'firstName' | 'lastName' | 'day' | 'month' | 'year' | 'accessCode';
type ErrorField = 'sessionNumber' | 'firstName' | 'lastName' | 'birthdate' | 'accessCode';

/** The refusal of the API as a French (or English) sentence, with "Voir mon profil" when the profile is not certifiable. */
function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const apiError = getApiErrors(error)[0];
  const refusal = joinRefusalOf(apiError?.code, apiError?.retryAfterSeconds);
  if (!refusal) return <>{apiError?.message ?? t('shared.errors.network')}</>;
  return (
    <>
      {t(`learner.certificationJoin.refusals.${refusal.key}`, refusal.key === 'tooManyAttempts' ? { count: refusal.minutes } : {})}
      {refusal.key === 'notCertifiable' && (
        <>
          {' '}
          <Link component={RouterLink} to={urls.home()} color="inherit" sx={{ fontWeight: 700 }}>
            {t('learner.certificationJoin.seeProfile')}
          </Link>
        </>
      )}
    </>
  );
}

/**
 * "Rejoindre une session" (props only): N° de session, Prénom, Nom de naissance, Date de naissance
 * (JJ / MM / AAAA), then the access code the invigilator gives. Every client error is tied to its
 * field; a refusal of the API is an alert that takes the focus.
 */
export function JoinSessionForm({ initialAccessCode = '', onSubmit, submitting, serverError }: JoinSessionFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ sessionNumber: '', firstName: '', lastName: '', day: '', month: '', year: '', accessCode: initialAccessCode });
  const [errors, setErrors] = useState<Partial<Record<ErrorField, string>> & { birthdateField?: keyof TypedBirthdate }>({});
  const refs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const alertRef = useRef<HTMLDivElement>(null);
  const alertId = useId();
  const hasAlert = Boolean(serverError);

  useEffect(() => {
    if (serverError) alertRef.current?.focus();
  }, [serverError]);

  const set = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    const group: ErrorField = field === 'day' || field === 'month' || field === 'year' ? 'birthdate' : field;
    if (errors[group]) setErrors((current) => ({ ...current, [group]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    const sessionNumber = normalizeSessionNumber(values.sessionNumber);
    const accessCode = normalizeCampaignCode(values.accessCode);
    if (!sessionNumber) found.sessionNumber = t('learner.certificationJoin.errors.sessionNumber');
    if (!values.firstName.trim()) found.firstName = t('learner.certificationJoin.errors.firstName');
    if (!values.lastName.trim()) found.lastName = t('learner.certificationJoin.errors.lastName');
    const birthdate = checkBirthdate({ day: values.day, month: values.month, year: values.year });
    if (!birthdate.ok) {
      found.birthdate = t(`learner.reconciliation.errors.birthdate.${birthdate.problem}`);
      found.birthdateField = birthdate.field;
    }
    if (!accessCode) found.accessCode = t('learner.certificationJoin.errors.accessCodeRequired');
    else if (!isAccessCodeShape(accessCode)) found.accessCode = t('learner.certificationJoin.errors.accessCodeShape');
    setErrors(found);
    const order: [ErrorField, Field][] = [
      ['sessionNumber', 'sessionNumber'],
      ['firstName', 'firstName'],
      ['lastName', 'lastName'],
      ['birthdate', found.birthdateField ?? 'day'],
      ['accessCode', 'accessCode'],
    ];
    const firstInvalid = order.find(([group]) => found[group]);
    if (firstInvalid) {
      refs.current[firstInvalid[1]]?.focus();
      return;
    }
    if (birthdate.ok) onSubmit({ sessionNumber, firstName: values.firstName.trim(), lastName: values.lastName.trim(), birthdate: birthdate.value, accessCode });
  };

  const register = (field: Field) => (element: HTMLInputElement | null) => {
    refs.current[field] = element;
  };

  return (
    <Box component="form" noValidate onSubmit={submit} aria-describedby={hasAlert ? alertId : undefined}>
      {hasAlert && (
        <Alert severity="error" role="alert" id={alertId} ref={alertRef} tabIndex={-1} sx={{ mb: 2, overflowWrap: 'anywhere' }}>
          <Refusal error={serverError} />
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('learner.certificationJoin.requiredHint')}
      </Typography>
      <TextField
        label={t('learner.certificationJoin.sessionNumber')}
        name="sessionNumber"
        required
        value={values.sessionNumber}
        onChange={(event) => set('sessionNumber', normalizeSessionNumber(event.target.value))}
        error={Boolean(errors.sessionNumber)}
        helperText={errors.sessionNumber ?? t('learner.certificationJoin.sessionNumberHint')}
        inputRef={register('sessionNumber')}
        autoComplete="off"
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <TextField
        label={t('learner.certificationJoin.firstName')}
        name="firstName"
        required
        autoComplete="given-name"
        value={values.firstName}
        onChange={(event) => set('firstName', event.target.value)}
        error={Boolean(errors.firstName)}
        helperText={errors.firstName}
        inputRef={register('firstName')}
      />
      <TextField
        label={t('learner.certificationJoin.lastName')}
        name="lastName"
        required
        autoComplete="family-name"
        value={values.lastName}
        onChange={(event) => set('lastName', event.target.value)}
        error={Boolean(errors.lastName)}
        helperText={errors.lastName ?? t('learner.certificationJoin.lastNameHint')}
        inputRef={register('lastName')}
      />
      <BirthdateFields
        value={values}
        onChange={set}
        error={errors.birthdate}
        invalid={(part) => Boolean(errors.birthdate) && errors.birthdateField === part}
        inputRef={register}
      />
      <TextField
        label={t('learner.certificationJoin.accessCode')}
        name="accessCode"
        required
        value={values.accessCode}
        onChange={(event) => set('accessCode', normalizeCampaignCode(event.target.value))}
        error={Boolean(errors.accessCode)}
        helperText={errors.accessCode ?? t('learner.certificationJoin.accessCodeHint')}
        inputRef={register('accessCode')}
        autoComplete="off"
        sx={{ mt: 3 }}
        slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false, maxLength: 8 } }}
      />
      <Button type="submit" variant="contained" size="large" disabled={submitting} sx={{ mt: 3, width: { xs: '100%', sm: 'auto' } }}>
        {submitting ? t('learner.certificationJoin.submitting') : t('learner.certificationJoin.submit')}
      </Button>
    </Box>
  );
}
