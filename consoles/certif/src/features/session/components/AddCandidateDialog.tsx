import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { ErrorAlert, getFieldErrors } from '@pix-libre/ui-shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddCertificationCandidateInput, CandidateSex } from '../../../__generated__/graphql';
import { BirthCountryField, type CountryOption } from './BirthCountryField';

type Values = {
  lastName: string;
  firstName: string;
  birthdate: string;
  sex: string;
  birthCountry: string;
  birthInseeCode: string;
  birthPostalCode: string;
  birthCity: string;
  extraTimePercentage: string;
  resultRecipientEmail: string;
  externalId: string;
};
type Field = keyof Values;

const EMPTY: Values = { lastName: '', firstName: '', birthdate: '', sex: '', birthCountry: 'FRANCE', birthInseeCode: '', birthPostalCode: '', birthCity: '', extraTimePercentage: '0', resultRecipientEmail: '', externalId: '' };

/** What the browser checks before sending (the server checks everything again, countries included). */
export function checkCandidateForm(values: Values): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const field of ['lastName', 'firstName', 'birthdate', 'sex', 'birthCountry'] as Field[]) if (!values[field].trim()) errors[field] = 'required';
  const france = values.birthCountry.trim().toUpperCase() === 'FRANCE';
  if (france && Boolean(values.birthInseeCode.trim()) === Boolean(values.birthPostalCode.trim())) errors.birthInseeCode = 'inseeOrPostal';
  if (france && values.birthPostalCode.trim() && !values.birthCity.trim()) errors.birthCity = 'required';
  if (!france && !values.birthCity.trim()) errors.birthCity = 'required';
  if (!/^\d{1,3}$/.test(values.extraTimePercentage.trim()) || Number(values.extraTimePercentage) > 100) errors.extraTimePercentage = 'extraTime';
  return errors;
}

export interface AddCandidateDialogProps {
  open: boolean;
  submitting: boolean;
  serverError: unknown;
  /** The birth countries offered (the API's list; empty while it loads: the field is then free text). */
  countries: readonly CountryOption[];
  onClose: () => void;
  onSubmit: (input: Omit<AddCertificationCandidateInput, 'sessionId'>) => void;
}

/** "Ajouter un candidat" (centres other than SCO). */
export function AddCandidateDialog({ open, submitting, serverError, countries, onClose, onSubmit }: AddCandidateDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  useEffect(() => {
    if (open) {
      setValues(EMPTY);
      setErrors({});
    }
  }, [open]);
  const serverFields = getFieldErrors(serverError);
  const field = (name: Field) => {
    const message = errors[name] ? t(`console.session.add.errors.${errors[name]}`) : serverFields[name];
    return {
      id: `candidate-${name}`,
      label: t(`console.session.add.${name}`),
      value: values[name],
      onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
      error: Boolean(message),
      helperText: message,
      fullWidth: true,
    };
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkCandidateForm(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    onSubmit({
      lastName: values.lastName,
      firstName: values.firstName,
      birthdate: values.birthdate,
      sex: values.sex as CandidateSex,
      birthCountry: values.birthCountry,
      birthInseeCode: values.birthInseeCode || undefined,
      birthPostalCode: values.birthPostalCode || undefined,
      birthCity: values.birthCity || undefined,
      extraTimePercentage: Number(values.extraTimePercentage),
      resultRecipientEmail: values.resultRecipientEmail || undefined,
      externalId: values.externalId || undefined,
    });
  };
  const known = new Set(Object.keys(serverFields));
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth scroll="paper">
      <form noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{t('console.session.add.title')}</DialogTitle>
        <DialogContent dividers sx={{ display: 'grid', gap: 2 }}>
          <ErrorAlert error={known.size ? null : serverError} />
          <TextField required autoComplete="off" {...field('lastName')} />
          <TextField required autoComplete="off" {...field('firstName')} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
            <TextField required type="date" slotProps={{ inputLabel: { shrink: true } }} {...field('birthdate')} />
            <TextField required select slotProps={{ select: { native: true } }} {...field('sex')}>
              <option value="" />
              <option value="F">{t('console.session.add.sexF')}</option>
              <option value="M">{t('console.session.add.sexM')}</option>
            </TextField>
          </Box>
          <BirthCountryField countries={countries} {...field('birthCountry')} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
            <TextField {...field('birthInseeCode')} />
            <TextField {...field('birthPostalCode')} />
          </Box>
          <TextField {...field('birthCity')} />
          <TextField slotProps={{ htmlInput: { inputMode: 'numeric' } }} {...field('extraTimePercentage')} />
          <TextField type="email" {...field('resultRecipientEmail')} />
          <TextField {...field('externalId')} />
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 2, flexWrap: 'wrap', gap: 1 }}>
          <Button onClick={onClose} variant="outlined">
            {t('shared.confirm.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={submitting}>
            {t('console.session.add.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
