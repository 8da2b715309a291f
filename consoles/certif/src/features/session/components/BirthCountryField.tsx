import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { frenchFold } from '@pix-libre/ui-shared';

/** A birth country of the API's list (query certificationCountries: the INSEE list, the one source). */
export interface CountryOption {
  code: string;
  name: string;
  aliases: readonly string[];
}

/** What is compared: no accents, case or punctuation ("cote d ivoire" finds "CÔTE D'IVOIRE"), the code and aliases too. */
const fold = (text: string) => frenchFold(text).replace(/[^a-z0-9]+/g, ' ').trim();
const filter = createFilterOptions<CountryOption>({ stringify: (option) => fold([option.name, option.code, ...option.aliases].join(' | ')), limit: 50 });

export interface BirthCountryFieldProps {
  id: string;
  label: string;
  value: string;
  countries: readonly CountryOption[];
  /** The form's change handler (an event-like object, as a TextField's). */
  onChange: (event: { target: { value: string } }) => void;
  error: boolean;
  helperText?: string;
  fullWidth?: boolean;
}

/**
 * "Pays de naissance": an autocomplete over the API's list; what is typed is kept as typed when the
 * list is not there (the API checks the country and accepts aliases anyway).
 */
export function BirthCountryField({ id, label, value, countries, onChange, error, helperText, fullWidth }: BirthCountryFieldProps) {
  const set = (typed: string) => onChange({ target: { value: typed } });
  return (
    <Autocomplete<CountryOption, false, false, true>
      id={id}
      freeSolo
      fullWidth={fullWidth}
      autoHighlight
      options={countries as CountryOption[]}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.name)}
      filterOptions={(options, state) => filter(options, { ...state, inputValue: fold(state.inputValue) })}
      inputValue={value}
      onInputChange={(_, typed) => set(typed)}
      onChange={(_, chosen) => set(typeof chosen === 'string' ? chosen : (chosen?.name ?? ''))}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          {option.name}
        </li>
      )}
      renderInput={(params) => <TextField {...params} required label={label} error={error} helperText={helperText} autoComplete="off" />}
    />
  );
}
