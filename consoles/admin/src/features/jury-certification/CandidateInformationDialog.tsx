import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { DIALOG_FORM_SX, ErrorAlert } from '@pix-libre/ui-shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateCertificationCandidateInformationInput } from '../../__generated__/graphql';
import type { JuryCourse } from './jury-course';

export type CandidateInformation = Omit<UpdateCertificationCandidateInformationInput, 'certificationCourseId'>;

export interface CandidateInformationDialogProps {
  open: boolean;
  candidate: JuryCourse['candidate'];
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onSave: (information: CandidateInformation) => void;
}

const TEXT_FIELDS = ['lastName', 'firstName', 'birthCountry', 'birthInseeCode', 'birthPostalCode', 'birthCity'] as const;

/** Mounted when opened (its fields start from the candidate). "Modifier les informations du candidat" (incidents C1, C2): names, sex, birth date and place, extra time. */
export function CandidateInformationDialog({ open, candidate, busy, error, onCancel, onSave }: CandidateInformationDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const initial = () => ({
    lastName: candidate.lastName,
    firstName: candidate.firstName,
    birthdate: candidate.birthdate,
    sex: candidate.sex ?? '',
    birthCountry: candidate.birthCountry,
    birthInseeCode: candidate.birthInseeCode ?? '',
    birthPostalCode: candidate.birthPostalCode ?? '',
    birthCity: candidate.birthCity ?? '',
    extraTimePercentage: String(candidate.extraTimePercentage),
  });
  const [values, setValues] = useState(initial);
  const set = (key: keyof ReturnType<typeof initial>) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string) => value.trim() || undefined;
    onSave({
      lastName: values.lastName.trim(),
      firstName: values.firstName.trim(),
      birthdate: values.birthdate,
      sex: values.sex,
      birthCountry: values.birthCountry.trim(),
      birthInseeCode: optional(values.birthInseeCode),
      birthPostalCode: optional(values.birthPostalCode),
      birthCity: optional(values.birthCity),
      extraTimePercentage: values.extraTimePercentage === '' ? undefined : Number(values.extraTimePercentage),
    });
  };
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <Box component="form" noValidate onSubmit={submit} sx={DIALOG_FORM_SX}>
        <DialogTitle id={titleId}>{t('console.jury.candidate.editTitle')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          <ErrorAlert error={error} />
          {TEXT_FIELDS.slice(0, 2).map((key) => (
            <TextField key={key} label={t(`console.jury.candidate.${key}`)} value={values[key]} onChange={set(key)} required />
          ))}
          <TextField label={t('console.jury.candidate.birthdate')} type="date" value={values.birthdate} onChange={set('birthdate')} required slotProps={{ inputLabel: { shrink: true } }} />
          <TextField select label={t('console.jury.candidate.sex')} value={values.sex} onChange={set('sex')} required slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
            <option value="">{t('console.jury.candidate.sexChoose')}</option>
            <option value="F">{t('console.jury.candidate.sexF')}</option>
            <option value="M">{t('console.jury.candidate.sexM')}</option>
          </TextField>
          {TEXT_FIELDS.slice(2).map((key) => (
            <TextField key={key} label={t(`console.jury.candidate.${key}`)} value={values[key]} onChange={set(key)} required={key === 'birthCountry'} />
          ))}
          <TextField
            label={t('console.jury.candidate.extraTimePercentage')}
            type="number"
            value={values.extraTimePercentage}
            onChange={set('extraTimePercentage')}
            slotProps={{ htmlInput: { min: 0, max: 100, step: 1 } }}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, gap: 1 }}>
          <Button variant="outlined" onClick={onCancel}>
            {t('shared.confirm.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('console.jury.candidate.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
