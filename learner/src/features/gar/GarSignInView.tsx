import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getApiErrors, useDocumentTitle, useStartSession } from '@pix-libre/ui-shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { urls } from '../../urls';
import { checkBirthdate } from '../campaigns/domain/birthdate';
import { isCampaignCodeShape, normalizeCampaignCode } from '../campaigns/domain/campaign-code';
import { CompleteGarSignInMutation } from './gar.graphql';

type Field = 'code' | 'day' | 'month' | 'year';

/**
 * "Première connexion avec l'ENT" (anyone): the GAR told who the pupil is; they give a campaign code of
 * their school (already filled in when the ENT's link named one) and their birth date, which find them
 * among the school's pupils. Their account (created, or the one they already had) then logs in through
 * the GAR, and they go on to the campaign.
 */
export function GarSignInView({ garToken, initialCode }: { garToken: string; initialCode: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const [complete] = useMutation(CompleteGarSignInMutation, { context: { skipAuth: true }, fetchPolicy: 'no-cache' });
  const [values, setValues] = useState<Record<Field, string>>({ code: initialCode, day: '', month: '', year: '' });
  const [errors, setErrors] = useState<Partial<Record<'code' | 'birthdate', string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const ids = { intro: useId(), code: useId(), birthdate: useId(), alert: useId() };
  useDocumentTitle(t('learner.gar.title'));
  useEffect(() => {
    if (serverError) alertRef.current?.focus();
  }, [serverError]);

  if (!garToken) {
    return (
      <Box component="section" aria-labelledby="gar-title" sx={{ maxWidth: 640, mx: 'auto' }}>
        <Typography id="gar-title" variant="h1" sx={{ fontSize: '2rem', mb: 2 }}>
          {t('learner.gar.title')}
        </Typography>
        <Alert severity="warning">{t('learner.gar.noToken')}</Alert>
      </Box>
    );
  }

  const set = (field: Field, value: string) => setValues((current) => ({ ...current, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeCampaignCode(values.code);
    const birthdate = checkBirthdate({ day: values.day, month: values.month, year: values.year });
    const found: typeof errors = {};
    if (!isCampaignCodeShape(code)) found.code = t('learner.gar.codeInvalid');
    if (!birthdate.ok) found.birthdate = t(`learner.reconciliation.errors.birthdate.${birthdate.problem}`);
    setErrors(found);
    if (found.code || found.birthdate || !birthdate.ok) return;
    setSubmitting(true);
    setServerError(null);
    try {
      const { data } = await complete({ variables: { input: { garToken, campaignCode: code, birthdate: birthdate.value } } });
      if (!data) throw new Error('completeGarSignIn returned no data');
      await startSession(data.completeGarSignIn.session);
      navigate(urls.campaignJoin(data.completeGarSignIn.campaignCode), { replace: true });
    } catch (caught) {
      setSubmitting(false);
      const apiErrors = getApiErrors(caught);
      setServerError(apiErrors.map((apiError) => apiError.message).join(' ') || t('learner.gar.networkError'));
    }
  };

  const dateField = (field: 'day' | 'month' | 'year', width: number) => (
    <TextField
      label={t(`learner.reconciliation.${field}`)}
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      inputMode="numeric"
      autoComplete={field === 'day' ? 'bday-day' : field === 'month' ? 'bday-month' : 'bday-year'}
      error={Boolean(errors.birthdate)}
      slotProps={{ htmlInput: { 'aria-describedby': errors.birthdate ? ids.birthdate : undefined, maxLength: field === 'year' ? 4 : 2 } }}
      sx={{ width }}
    />
  );

  return (
    <Box component="section" aria-labelledby="gar-title" sx={{ maxWidth: 640, mx: 'auto' }}>
      <Typography id="gar-title" variant="h1" sx={{ fontSize: '2rem', mb: 2 }}>
        {t('learner.gar.title')}
      </Typography>
      <Typography id={ids.intro} sx={{ mb: 2 }}>
        {t('learner.gar.intro')}
      </Typography>
      {serverError && (
        <Alert severity="error" ref={alertRef} tabIndex={-1} id={ids.alert} sx={{ mb: 2 }}>
          {serverError}
        </Alert>
      )}
      <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <TextField
          label={t('learner.gar.code')}
          value={values.code}
          onChange={(event) => set('code', event.target.value)}
          error={Boolean(errors.code)}
          helperText={errors.code ?? t('learner.gar.codeHint')}
          slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
          required
          id={ids.code}
        />
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" sx={{ mb: 1 }}>
            {t('learner.reconciliation.birthdate')}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1 }}>
            {dateField('day', 80)}
            {dateField('month', 80)}
            {dateField('year', 110)}
          </Box>
          {errors.birthdate && (
            <Typography id={ids.birthdate} color="error" variant="body2" sx={{ mt: 0.5 }}>
              {errors.birthdate}
            </Typography>
          )}
        </Box>
        <Button type="submit" variant="contained" disabled={submitting} sx={{ alignSelf: 'flex-start' }}>
          {submitting ? t('learner.reconciliation.submitting') : t('learner.gar.submit')}
        </Button>
      </Box>
    </Box>
  );
}
