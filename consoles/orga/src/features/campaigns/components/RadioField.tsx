import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { ReactNode, Ref } from 'react';
import { useId } from 'react';

export interface RadioFieldOption<V extends string> {
  value: V;
  label: ReactNode;
}

export interface RadioFieldProps<V extends string> {
  name: string;
  /** The question, read as the group's name. */
  legend: string;
  value: V | '';
  options: RadioFieldOption<V>[];
  onChange: (value: V) => void;
  required?: boolean;
  /** Shown under the choices (and read with them); the error replaces it. */
  hint?: ReactNode;
  error?: string;
  /** The first choice: where the focus goes when the group has an error. */
  firstInputRef?: Ref<HTMLInputElement>;
}

/** A question answered by one choice (props only): a fieldset, its legend, the radios, a hint or an error. */
export function RadioField<V extends string>({ name, legend, value, options, onChange, required = false, hint, error, firstInputRef }: RadioFieldProps<V>) {
  const legendId = useId();
  const helpId = useId();
  const help = error ?? hint;
  return (
    // No asterisk (the theme's way): the form says which fields are optional; `required` is for assistive technologies.
    <FormControl component="fieldset" error={Boolean(error)} margin="normal" sx={{ display: 'flex' }}>
      <FormLabel component="legend" id={legendId} sx={{ color: 'text.primary', fontWeight: 700, '&.Mui-focused': { color: 'text.primary' } }}>
        {legend}
      </FormLabel>
      <RadioGroup
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
        aria-labelledby={legendId}
        aria-describedby={help ? helpId : undefined}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
      >
        {options.map((option, index) => (
          <FormControlLabel
            key={option.value}
            value={option.value}
            control={<Radio slotProps={{ input: index === 0 ? { ref: firstInputRef } : {} }} />}
            label={option.label}
            sx={{ alignItems: 'flex-start', '& .MuiRadio-root': { mt: -0.75 }, my: 0.5 }}
          />
        ))}
      </RadioGroup>
      {help && (
        <FormHelperText id={helpId} sx={{ mx: 0 }}>
          {help}
        </FormHelperText>
      )}
    </FormControl>
  );
}
