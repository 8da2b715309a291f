import { useApolloClient } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import FormControl from '@mui/material/FormControl';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { AnswerInputs, answerValue, EMPTY_DRAFT, ErrorAlert, getFieldErrors, useDocumentTitle, type AnswerDraft } from '@pix-libre/ui-shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ChallengeType, Tolerance } from '../../__generated__/graphql';
import { CHALLENGE_TYPES } from './content-filters';
import { PreviewAnswerQuery } from './content.graphql';
import { sandboxChallenge } from './sandbox-challenge';
import { TriedAnswers, type TriedAnswer } from './TriedAnswers';

const TOLERANCES: readonly Tolerance[] = ['T1', 'T2', 'T3'];
const monospace = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.875rem' } as const;

/**
 * "Bac à sable" (METIER, SUPER_ADMIN): a type, a solution and fields written as in the content files,
 * tolerances turned off; answers typed in the learner's inputs are checked by the checker of real
 * answers (previewAnswer), each try kept with its result and details.
 */
export function SandboxRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('console.sandbox.title'));
  const client = useApolloClient();
  const [params] = useSearchParams();
  const initialType = params.get('type') as ChallengeType | null;
  const [type, setType] = useState<ChallengeType>(initialType && CHALLENGE_TYPES.includes(initialType) ? initialType : 'QROC');
  const [solution, setSolution] = useState(params.get('solution') ?? '');
  const [fields, setFields] = useState(params.get('fields') ?? '');
  const [tolerancesOff, setTolerancesOff] = useState<Tolerance[]>(params.getAll('off').filter((off): off is Tolerance => (TOLERANCES as readonly string[]).includes(off)));
  const [draft, setDraft] = useState<AnswerDraft>(EMPTY_DRAFT);
  const [tries, setTries] = useState<TriedAnswer[]>([]);
  const [error, setError] = useState<unknown>(null);
  const challenge = useMemo(() => sandboxChallenge(type, solution, fields, (n) => t('console.sandbox.proposal', { number: n })), [type, solution, fields, t]);
  const choice = type === 'QCU' || type === 'QCM';
  const fieldErrors = getFieldErrors(error);

  const toggle = (tolerance: Tolerance, off: boolean) => setTolerancesOff((previous) => (off ? [...previous, tolerance] : previous.filter((other) => other !== tolerance)));
  const check = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const value = answerValue(challenge, draft);
    try {
      const result = await client.query({
        query: PreviewAnswerQuery,
        variables: { input: { type, solution, fields: choice || !fields.trim() ? null : fields, tolerancesOff, value } },
        fetchPolicy: 'no-cache',
      });
      if (result.data) setTries((previous) => [{ key: previous.length + 1, value, check: result.data!.previewAnswer }, ...previous]);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Box component="section" aria-labelledby="sandbox-title">
      <Typography variant="h1" id="sandbox-title" gutterBottom>
        {t('console.sandbox.title')}
      </Typography>
      <Typography sx={{ mb: 3, maxWidth: '70ch' }}>{t('console.sandbox.intro')}</Typography>
      <Box component="form" onSubmit={(event) => void check(event)} noValidate>
        <Paper variant="outlined" component="fieldset" sx={{ p: { xs: 2, md: 3 }, mb: 3, border: 1, borderColor: 'divider' }}>
          <Typography component="legend" variant="h2" sx={{ fontSize: '1.25rem', px: 1 }}>
            {t('console.sandbox.challenge')}
          </Typography>
          <TextField
            select
            label={t('console.sandbox.type')}
            value={type}
            onChange={(event) => setType(event.target.value as ChallengeType)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ width: 220, mb: 2 }}
          >
            {CHALLENGE_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`console.content.type.${value}`)}
              </option>
            ))}
          </TextField>
          <TextField
            label={t('console.sandbox.solution')}
            helperText={fieldErrors.solution ?? t(`console.sandbox.solutionHint.${type}`)}
            error={!!fieldErrors.solution}
            value={solution}
            onChange={(event) => setSolution(event.target.value)}
            multiline
            minRows={4}
            fullWidth
            required
            slotProps={{ htmlInput: { spellCheck: false, style: monospace } }}
            sx={{ mb: 2 }}
          />
          {!choice && (
            <TextField
              label={t('console.sandbox.fields')}
              helperText={fieldErrors.fields ?? t('console.sandbox.fieldsHint')}
              error={!!fieldErrors.fields}
              value={fields}
              onChange={(event) => setFields(event.target.value)}
              multiline
              minRows={3}
              fullWidth
              slotProps={{ htmlInput: { spellCheck: false, style: monospace } }}
              sx={{ mb: 2 }}
            />
          )}
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('console.sandbox.tolerancesOff')}</FormLabel>
            <FormGroup row>
              {TOLERANCES.map((tolerance) => (
                <FormControlLabel
                  key={tolerance}
                  control={<Checkbox checked={tolerancesOff.includes(tolerance)} onChange={(event) => toggle(tolerance, event.target.checked)} />}
                  label={t(`console.sandbox.tolerance.${tolerance}`)}
                />
              ))}
            </FormGroup>
          </FormControl>
        </Paper>
        <Paper variant="outlined" component="section" aria-labelledby="sandbox-answer-title" sx={{ p: { xs: 2, md: 3 }, mb: 3 }}>
          <Typography variant="h2" id="sandbox-answer-title" sx={{ fontSize: '1.25rem', mb: 2 }}>
            {t('console.sandbox.answer')}
          </Typography>
          <AnswerInputs challenge={challenge} draft={draft} onChange={setDraft} />
          <Button type="submit" variant="contained" sx={{ mt: 2 }}>
            {t('console.sandbox.check')}
          </Button>
          {error != null && <ErrorAlert error={error} />}
          <TriedAnswers tries={tries} choice={choice} headingId="sandbox-tries-title" />
        </Paper>
      </Box>
    </Box>
  );
}
