import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { ErrorAlert, getFieldErrors } from '@pix-libre/ui-shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignIdPixType } from '../../../__generated__/graphql';

export interface ExternalIdFormProps {
  /** The label the teacher chose (idPixLabel), e.g. "Numéro d'élève". */
  label: string;
  type: CampaignIdPixType | null;
  submitLabel: string;
  onSubmit: (value: string) => void;
  submitting: boolean;
  /** The API's refusal of the identifier (extensions.field = participantExternalId) or another failure. */
  serverError: unknown;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELD = 'participantExternalId';

/** The external identifier a campaign asks for (props only): its label is the teacher's, an e-mail is checked. */
export function ExternalIdForm({ label, type, submitLabel, onSubmit, submitting, serverError }: ExternalIdFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
  const [edited, setEdited] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const serverFieldError = getFieldErrors(serverError)[FIELD] ?? null;
  const error = clientError ?? (edited ? null : serverFieldError);
  const isEmail = type === 'EMAIL';

  useEffect(() => {
    if (serverFieldError) inputRef.current?.focus();
  }, [serverError, serverFieldError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    const problem = !trimmed
      ? t('learner.externalId.required', { label })
      : isEmail && !EMAIL.test(trimmed)
        ? t('learner.externalId.emailInvalid', { label })
        : null;
    setClientError(problem);
    if (problem) {
      inputRef.current?.focus();
      return;
    }
    setEdited(false);
    onSubmit(trimmed);
  };

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <TextField
        label={label}
        name={FIELD}
        type={isEmail ? 'email' : 'text'}
        autoComplete={isEmail ? 'email' : 'off'}
        required
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setClientError(null);
          setEdited(true);
        }}
        error={Boolean(error)}
        helperText={error ?? (isEmail ? t('learner.externalId.emailHint') : undefined)}
        inputRef={inputRef}
        slotProps={{ htmlInput: { maxLength: 255, spellCheck: false } }}
      />
      <ErrorAlert error={serverError} exclude={(field) => field === FIELD} sx={{ mt: 1 }} />
      <Button type="submit" variant="contained" size="large" disabled={submitting} sx={{ mt: 2, width: { xs: '100%', sm: 'auto' } }}>
        {submitLabel}
      </Button>
    </Box>
  );
}
