import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { ErrorAlert, getFieldErrors } from '@pix-libre/ui-shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SessionDetailsValues {
  address: string;
  room: string;
  date: string;
  time: string;
  examiner: string;
  description: string;
}

export const emptySessionDetails: SessionDetailsValues = { address: '', room: '', date: '', time: '', examiner: '', description: '' };

type Field = keyof SessionDetailsValues;
const REQUIRED: Field[] = ['address', 'room', 'date', 'time', 'examiner'];

/** What the browser can check before sending; the server checks again (real dates, lengths). */
export function checkSessionDetails(values: SessionDetailsValues): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const field of REQUIRED) if (!values[field].trim()) errors[field] = 'required';
  if (values.time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.time)) errors.time = 'time';
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = 'date';
  return errors;
}

export interface SessionFormProps {
  initial: SessionDetailsValues;
  submitLabel: string;
  submitting: boolean;
  serverError: unknown;
  onSubmit: (values: SessionDetailsValues) => void;
  onCancel: () => void;
}

/** The details of a session: site, room, date, time, invigilator(s), observations (props only). */
export function SessionForm({ initial, submitLabel, submitting, serverError, onSubmit, onCancel }: SessionFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const serverFields = getFieldErrors(serverError);
  const set = (field: Field) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkSessionDetails(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(values);
  };
  const fieldProps = (field: Field) => {
    const message = errors[field] ? t(`console.sessionForm.errors.${errors[field]}`) : serverFields[field];
    return { id: `session-${field}`, value: values[field], onChange: set(field), error: Boolean(message), helperText: message ?? (t(`console.sessionForm.help.${field}`, { defaultValue: '' }) || undefined) };
  };
  const otherError = Object.keys(serverFields).some((field) => (REQUIRED as string[]).includes(field) || field === 'description') ? null : serverError;
  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ display: 'grid', gap: 2, maxWidth: 640 }}>
      <ErrorAlert error={otherError} />
      <TextField label={t('console.sessionForm.address')} required autoComplete="off" {...fieldProps('address')} />
      <TextField label={t('console.sessionForm.room')} required autoComplete="off" {...fieldProps('room')} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <TextField label={t('console.sessionForm.date')} type="date" required slotProps={{ inputLabel: { shrink: true } }} {...fieldProps('date')} />
        <TextField label={t('console.sessionForm.time')} type="time" required slotProps={{ inputLabel: { shrink: true } }} {...fieldProps('time')} />
      </Box>
      <TextField label={t('console.sessionForm.examiner')} required autoComplete="off" {...fieldProps('examiner')} />
      <TextField label={t('console.sessionForm.description')} multiline minRows={2} {...fieldProps('description')} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button type="submit" variant="contained" disabled={submitting}>
          {submitLabel}
        </Button>
        <Button variant="outlined" onClick={onCancel}>
          {t('console.sessionForm.cancel')}
        </Button>
      </Box>
    </Box>
  );
}
