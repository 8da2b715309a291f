import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypedBirthdate } from '../domain/birthdate';

export interface BirthdateFieldsProps {
  /** What is typed in JJ / MM / AAAA. */
  value: TypedBirthdate;
  /** A part changed (digits only, cut to its length). */
  onChange: (part: keyof TypedBirthdate, value: string) => void;
  /** The error of the date, shown under the three fields and read with each of them. */
  error?: string;
  /** Which parts are marked invalid. */
  invalid: (part: keyof TypedBirthdate) => boolean;
  /** Keeps each part's input (to move the focus to the first invalid one). */
  inputRef: (part: keyof TypedBirthdate) => (element: HTMLInputElement | null) => void;
}

const PARTS: readonly { part: keyof TypedBirthdate; width: number; maxLength: number; autoComplete: string }[] = [
  { part: 'day', width: 80, maxLength: 2, autoComplete: 'bday-day' },
  { part: 'month', width: 80, maxLength: 2, autoComplete: 'bday-month' },
  { part: 'year', width: 110, maxLength: 4, autoComplete: 'bday-year' },
];

/**
 * "Date de naissance" as three fields (JJ / MM / AAAA) in a fieldset with its hint and error: the
 * campaign's reconciliation and the certification's "Rejoindre une session" (props only).
 */
export function BirthdateFields({ value, onChange, error, invalid, inputRef }: BirthdateFieldsProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 2, minWidth: 0 }}>
      <Typography component="legend" sx={{ fontWeight: 500, p: 0 }}>
        {t('learner.reconciliation.birthdate')}
      </Typography>
      <Typography variant="body2" color="text.secondary" id={hintId} sx={{ mb: 1.5 }}>
        {t('learner.reconciliation.birthdateHint')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        {PARTS.map(({ part, width, maxLength, autoComplete }) => (
          <TextField
            key={part}
            label={t(`learner.reconciliation.${part}`)}
            name={part}
            value={value[part]}
            onChange={(event) => onChange(part, event.target.value.replace(/\D/g, '').slice(0, maxLength))}
            error={invalid(part)}
            required
            margin="none"
            fullWidth={false}
            autoComplete={autoComplete}
            inputRef={inputRef(part)}
            sx={{ width }}
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength, 'aria-describedby': error ? `${errorId} ${hintId}` : hintId } }}
          />
        ))}
      </Box>
      {error && (
        <FormHelperText error id={errorId} sx={{ mx: 0, mt: 1 }}>
          {error}
        </FormHelperText>
      )}
    </Box>
  );
}
