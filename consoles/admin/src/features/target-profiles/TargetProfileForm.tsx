import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { ErrorAlert, getApiErrors } from '@pix-libre/ui-shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetProfileCategory } from '../../__generated__/graphql';
import { TARGET_PROFILE_CATEGORIES } from './target-profile-roles';
import { TubeSelector, type BuilderCompetence, type TubeCaps } from './TubeSelector';

/** What the content team types about a target profile (creation and edition). */
export interface TargetProfileFormValues {
  name: string;
  category: TargetProfileCategory;
  description: string;
  comment: string;
  imageUrl: string;
  isPublic: boolean;
  caps: TubeCaps;
}

export const emptyTargetProfile: TargetProfileFormValues = { name: '', category: 'CUSTOM', description: '', comment: '', imageUrl: '', isPublic: false, caps: {} };

export interface TargetProfileFormProps {
  labelledBy: string;
  initial: TargetProfileFormValues;
  framework: readonly BuilderCompetence[];
  /** Creation only: public or private (a private one is offered to the organisations it is attached to). */
  showVisibility: boolean;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: TargetProfileFormValues) => void;
}

/** The profile's details and its tubes (props only). The server checks everything; its translated errors show under each field. */
export function TargetProfileForm({ labelledBy, initial, framework, showVisibility, submitLabel, busy, error, onSubmit }: TargetProfileFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const fieldErrors = Object.fromEntries(getApiErrors(error).flatMap((e) => (e.field ? [[e.field, e.message]] : [])));
  const text = (key: 'name' | 'description' | 'comment' | 'imageUrl', extra: { required?: boolean; multiline?: boolean; helper?: string } = {}) => (
    <TextField
      label={t(`console.targetProfileForm.${key}`)}
      value={values[key]}
      onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))}
      required={extra.required}
      multiline={extra.multiline}
      minRows={extra.multiline ? 2 : undefined}
      error={Boolean(fieldErrors[key])}
      helperText={fieldErrors[key] ?? extra.helper}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <Box component="form" aria-labelledby={labelledBy} onSubmit={submit} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <ErrorAlert error={error} exclude={(field) => Boolean(field && field in values && field !== 'tubes')} />
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 620 }}>
        {text('name', { required: true })}
        <TextField
          select
          label={t('console.targetProfileForm.category')}
          value={values.category}
          onChange={(event) => setValues((current) => ({ ...current, category: event.target.value as TargetProfileCategory }))}
          slotProps={{ select: { native: true } }}
        >
          {TARGET_PROFILE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`console.targetProfiles.categories.${category}`)}
            </option>
          ))}
        </TextField>
        {text('description', { multiline: true })}
        {text('comment', { multiline: true, helper: t('console.targetProfileForm.commentHint') })}
        {text('imageUrl', { helper: t('console.targetProfileForm.imageUrlHint') })}
        {showVisibility && (
          <FormControlLabel
            control={<Checkbox checked={values.isPublic} onChange={(event) => setValues((current) => ({ ...current, isPublic: event.target.checked }))} />}
            label={t('console.targetProfileForm.isPublic')}
          />
        )}
      </Box>
      <TubeSelector framework={framework} caps={values.caps} onChange={(caps) => setValues((current) => ({ ...current, caps }))} />
      <Button type="submit" variant="contained" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
        {submitLabel}
      </Button>
    </Box>
  );
}

/** The form's values as the API's input (empty texts cleared). */
export function targetProfileInput(values: TargetProfileFormValues) {
  const orNull = (value: string) => value.trim() || null;
  return {
    name: values.name.trim(),
    category: values.category,
    description: orNull(values.description),
    comment: orNull(values.comment),
    imageUrl: orNull(values.imageUrl),
    tubes: Object.entries(values.caps).map(([tubeId, levelCap]) => ({ tubeId, levelCap })),
  };
}
