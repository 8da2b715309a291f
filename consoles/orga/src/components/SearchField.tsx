import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';

/** How long a search waits after the last key before asking the server. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface SearchFieldProps {
  label: string;
  helperText: string;
  /** The search the list shows now (e.g. read from the address); a new one from outside replaces the text. */
  value: string;
  /** Called ~300 ms after the last change, with the trimmed text, when it differs from the list's. */
  onSearch: (search: string) => void;
  width: number;
}

/** The search field of Pix Orga's lists: the server is asked once the typing stops. */
export function SearchField({ label, helperText, value, onSearch, width }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const onSearchRef = useRef(onSearch);
  // The last search sent or received.
  const known = useRef(value);
  useEffect(() => {
    onSearchRef.current = onSearch;
  });
  useEffect(() => {
    if (value !== known.current) {
      known.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    const timer = setTimeout(() => {
      const trimmed = text.trim();
      if (trimmed === known.current) return;
      known.current = trimmed;
      onSearchRef.current(trimmed);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <TextField
      type="search"
      label={label}
      helperText={helperText}
      value={text}
      onChange={(event) => setText(event.target.value)}
      slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
      sx={{ width: { xs: '100%', sm: width } }}
      margin="none"
    />
  );
}
