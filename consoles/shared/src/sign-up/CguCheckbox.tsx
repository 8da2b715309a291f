import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Link from '@mui/material/Link';
import { useId, type InputHTMLAttributes } from 'react';
import { Trans, useTranslation } from 'react-i18next';

export interface CguCheckboxProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The error to show under the box (it is then described by it and invalid). */
  error?: string;
  /** The checkbox input, to focus it when it is the first field to fix. */
  inputRef?: (element: HTMLInputElement | null) => void;
  /** The terms of use page (served by the learner app at the site's root). */
  termsOfUseHref?: string;
}

/** Where the terms of use are, whatever the app: the learner app serves them at the root. */
export const TERMS_OF_USE_PATH = '/conditions-generales-d-utilisation';

/** "J'accepte les conditions d'utilisation" (required), the terms opening in a new tab: every form that creates an account. */
export function CguCheckbox({ checked, onChange, error, inputRef, termsOfUseHref = TERMS_OF_USE_PATH }: CguCheckboxProps) {
  const { t } = useTranslation();
  const helpId = useId();
  const errorId = useId();
  return (
    <FormControl error={Boolean(error)} sx={{ mt: 2 }}>
      <FormControlLabel
        control={
          <Checkbox
            name="cgu"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            slotProps={{
              input: {
                ref: (element: HTMLInputElement | null) => inputRef?.(element),
                'aria-describedby': error ? `${errorId} ${helpId}` : helpId,
                'aria-invalid': Boolean(error),
                'aria-required': true,
              } as InputHTMLAttributes<HTMLInputElement> & { ref: (element: HTMLInputElement | null) => void },
            }}
          />
        }
        label={<Trans i18nKey="shared.signUp.cgu" components={{ 1: <Link href={termsOfUseHref} target="_blank" rel="noopener" /> }} />}
      />
      {error && <FormHelperText id={errorId}>{error}</FormHelperText>}
      <FormHelperText id={helpId} error={false}>
        {t('shared.signUp.cguNewTab')}
      </FormHelperText>
    </FormControl>
  );
}
