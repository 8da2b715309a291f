import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorAlert, getApiErrors } from '@pix-libre/ui-shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationType } from '../../__generated__/graphql';

export const ORGANIZATION_TYPE_VALUES: OrganizationType[] = ['SCO', 'SUP', 'PRO'];

/** What staff type about an organisation (creation and edition). */
export interface OrganizationFormValues {
  name: string;
  type: OrganizationType;
  uai: string;
  email: string;
  isManagingStudents: boolean;
  provinceCode: string;
  externalId: string;
  tagIds: string[];
  comment: string;
}

export const emptyOrganization: OrganizationFormValues = {
  name: '',
  type: 'SCO',
  uai: '',
  email: '',
  isManagingStudents: true,
  provinceCode: '',
  externalId: '',
  tagIds: [],
  comment: '',
};

export interface OrganizationFormProps {
  labelledBy: string;
  initial: OrganizationFormValues;
  tags: { id: string; name: string }[];
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: OrganizationFormValues) => void;
}

/**
 * The organisation's fields (props only). The server checks them all (UAI format, a UAI already
 * used by an active organisation, the province code) and its translated errors show under each field.
 */
export function OrganizationForm({ labelledBy, initial, tags, submitLabel, busy, error, onSubmit }: OrganizationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const fieldErrors = Object.fromEntries(getApiErrors(error).flatMap((e) => (e.field ? [[e.field, e.message]] : [])));
  const text = (key: 'name' | 'uai' | 'email' | 'provinceCode' | 'externalId' | 'comment', extra: { required?: boolean; type?: string; helper?: string } = {}) => (
    <TextField
      label={t(`console.organizationForm.${key}`)}
      value={values[key]}
      onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
      required={extra.required}
      type={extra.type}
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
        label={t('console.organizationForm.type')}
        value={values.type}
        onChange={(event) => setValues((current) => ({ ...current, type: event.target.value as OrganizationType }))}
        slotProps={{ select: { native: true } }}
      >
        {ORGANIZATION_TYPE_VALUES.map((type) => (
          <option key={type} value={type}>
            {t(`console.organizationTypes.${type}`)}
          </option>
        ))}
      </TextField>
      {text('uai', { helper: t('console.organizationForm.uaiHint'), required: values.type === 'SCO' })}
      {text('email', { type: 'email', helper: t('console.organizationForm.emailHint') })}
      <FormControlLabel
        control={<Checkbox checked={values.isManagingStudents} onChange={(event) => setValues((current) => ({ ...current, isManagingStudents: event.target.checked }))} />}
        label={t('console.organizationForm.isManagingStudents')}
      />
      {text('provinceCode', { helper: t('console.organizationForm.provinceCodeHint') })}
      {text('externalId')}
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <Typography component="legend">{t('console.organizationForm.tags')}</Typography>
        <FormGroup row>
          {tags.map((tag) => (
            <FormControlLabel
              key={tag.id}
              label={tag.name}
              control={
                <Checkbox
                  checked={values.tagIds.includes(tag.id)}
                  onChange={(event) =>
                    setValues((current) => ({ ...current, tagIds: event.target.checked ? [...current.tagIds, tag.id] : current.tagIds.filter((id) => id !== tag.id) }))
                  }
                />
              }
            />
          ))}
        </FormGroup>
      </Box>
      {text('comment', { helper: t('console.organizationForm.commentHint') })}
      <Button type="submit" variant="contained" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
        {submitLabel}
      </Button>
    </Box>
  );
}

/** The form's values as the API's input (empty texts cleared). */
export function organizationInput(values: OrganizationFormValues) {
  const orNull = (value: string) => value.trim() || null;
  return {
    name: values.name.trim(),
    type: values.type,
    uai: orNull(values.uai),
    email: orNull(values.email),
    isManagingStudents: values.isManagingStudents,
    provinceCode: orNull(values.provinceCode),
    externalId: orNull(values.externalId),
    tagIds: values.tagIds,
    comment: orNull(values.comment),
  };
}
