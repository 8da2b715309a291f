import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { ErrorAlert, getApiErrors } from '@pix-libre/ui-shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeCampaignCode } from '../domain/campaign-code';
import { kindOfCode, type TypedCode } from '../domain/code-kind';

export interface CampaignCodeFormProps {
  /** The code, normalised, and what it is (a campaign code, or a certification session's access code). */
  onSubmit: (code: string, kind: Exclude<TypedCode['kind'], 'INVALID'>) => void;
  submitting: boolean;
  /** The API's refusal: an unknown code, too many wrong codes (shown under the field), or another failure. */
  serverError: unknown;
}

const FIELD_CODES = new Set(['NOT_FOUND', 'TOO_MANY_ATTEMPTS', 'BAD_USER_INPUT']);

/** "J'ai un code" (props only): the code field (a campaign code or a certification access code), trimmed and upper-cased as it is typed. */
export function CampaignCodeForm({ onSubmit, submitting, serverError }: CampaignCodeFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);
  const [edited, setEdited] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const serverFieldError = getApiErrors(serverError).find((apiError) => apiError.code && FIELD_CODES.has(apiError.code))?.message ?? null;
  const error = clientError ?? (edited ? null : serverFieldError);

  // A refused code: back to the field, whose description now says why.
  useEffect(() => {
    if (serverFieldError) inputRef.current?.focus();
  }, [serverError, serverFieldError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeCampaignCode(code);
    if (!normalized) {
      setClientError(t('learner.campaignCode.required'));
      inputRef.current?.focus();
      return;
    }
    const typed = kindOfCode(normalized);
    if (typed.kind === 'INVALID') {
      setClientError(t('learner.campaignCode.invalid'));
      inputRef.current?.focus();
      return;
    }
    setEdited(false);
    onSubmit(typed.code, typed.kind);
  };

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <TextField
        label={t('learner.campaignCode.label')}
        name="code"
        required
        value={code}
        onChange={(event) => {
          setCode(normalizeCampaignCode(event.target.value));
          setClientError(null);
          setEdited(true);
        }}
        error={Boolean(error)}
        helperText={error ?? t('learner.campaignCode.hint')}
        inputRef={inputRef}
        autoComplete="off"
        slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false, inputMode: 'text' } }}
      />
      <ErrorAlert error={serverError} exclude={(_field, errorCode) => Boolean(errorCode && FIELD_CODES.has(errorCode))} sx={{ mt: 1 }} />
      <Button type="submit" variant="contained" size="large" disabled={submitting} sx={{ mt: 2, width: { xs: '100%', sm: 'auto' } }}>
        {submitting ? t('learner.campaignCode.checking') : t('learner.campaignCode.submit')}
      </Button>
    </Box>
  );
}
