import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { ErrorAlert, getApiErrors } from '@pix-libre/ui-shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificationCenterType } from '../../__generated__/graphql';

export const CENTER_TYPES: CertificationCenterType[] = ['SCO', 'SUP', 'PRO'];

export interface CenterFormValues {
  name: string;
  type: CertificationCenterType;
  uai: string;
  externalId: string;
  comment: string;
}

export const emptyCenter: CenterFormValues = { name: '', type: 'SCO', uai: '', externalId: '', comment: '' };

export interface CertificationCenterFormProps {
  labelledBy: string;
  initial: CenterFormValues;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: CenterFormValues) => void;
}

/** A centre's fields (props only): a SCO centre is its school's, the one with the same UAI. */
export function CertificationCenterForm({ labelledBy, initial, submitLabel, busy, error, onSubmit }: CertificationCenterFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const fieldErrors = Object.fromEntries(getApiErrors(error).flatMap((e) => (e.field ? [[e.field, e.message]] : [])));
  const text = (key: 'name' | 'uai' | 'externalId' | 'comment', extra: { required?: boolean; helper?: string } = {}) => (
    <TextField
      label={t(`console.centerForm.${key}`)}
      value={values[key]}
      onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
      required={extra.required}
      error={Boolean(fieldErrors[key])}
      helperText={fieldErrors[key] ?? extra.helper}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <Box component="form" aria-labelledby={labelledBy} onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 620 }}>
      <ErrorAlert error={error} exclude={(field) => Boolean(field && field in values)} />
      {text('name', { required: true })}
      <TextField
        select
        label={t('console.centerForm.type')}
        value={values.type}
        onChange={(event) => setValues((current) => ({ ...current, type: event.target.value as CertificationCenterType }))}
        slotProps={{ select: { native: true } }}
      >
        {CENTER_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`console.organizationTypes.${type}`)}
          </option>
        ))}
      </TextField>
      {text('uai', { required: values.type === 'SCO', helper: t('console.centerForm.uaiHint') })}
      {text('externalId')}
      {text('comment', { helper: t('console.organizationForm.commentHint') })}
      <Button type="submit" variant="contained" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
        {submitLabel}
      </Button>
    </Box>
  );
}

export function centerInput(values: CenterFormValues) {
  const orNull = (value: string) => value.trim() || null;
  return { name: values.name.trim(), type: values.type, uai: orNull(values.uai), externalId: orNull(values.externalId), comment: orNull(values.comment) };
}
