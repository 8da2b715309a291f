import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { colors } from '../theme/theme';

/** A section link of a main navigation: the current page's link is underlined in blue (NavLink sets aria-current="page"). */
export const navLinkSx = {
  display: 'inline-block',
  py: 1,
  px: 1.5,
  color: 'text.primary',
  fontWeight: 500,
  textDecoration: 'none',
  borderBottom: '3px solid transparent',
  whiteSpace: 'nowrap',
  '&:hover': { color: colors.blueFrance, textDecoration: 'underline' },
  '&[aria-current="page"]': { color: colors.blueFrance, borderBottomColor: colors.blueFrance },
} as const;

/** One section of a navigation. */
export interface NavEntry {
  to: string;
  /** Already translated. */
  label: string;
  /** Current only on this exact path (a home page), not on the pages below it. */
  end?: boolean;
}

/** The list of a front end's sections (learner, Orga, Certif, Admin). */
export function NavLinks({ entries }: { entries: readonly NavEntry[] }) {
  return (
    <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: { xs: 0, sm: 1 }, listStyle: 'none', m: 0, p: 0 }}>
      {entries.map((entry) => (
        <li key={entry.to}>
          <Link component={NavLink} to={entry.to} end={entry.end} sx={navLinkSx}>
            {entry.label}
          </Link>
        </li>
      ))}
    </Box>
  );
}

/**
 * The switcher between the organisations (Orga) or centres (Certif) the user belongs to. Its label and
 * its placeholder (shown when the page's one is not among the options) are each console's
 * `console.switcher.label` and `console.switcher.choose`.
 */
export interface NavSwitcher {
  options: readonly { id: string; name: string }[];
  currentId: string | null;
  onSwitch: (id: string) => void;
}

export interface ConsoleNavProps {
  /** The sections; none (an empty space keeps the switcher on the right) when there is no current organisation or centre. */
  entries: readonly NavEntry[];
  /** Shown for members of several organisations or centres only. */
  switcher?: NavSwitcher;
}

/** A console's main navigation (props only): its sections and, for members of several, the switcher. */
export function ConsoleNav({ entries, switcher }: ConsoleNavProps) {
  const { t } = useTranslation();
  const switcherId = useId();
  const knownCurrent = Boolean(switcher?.options.some((option) => option.id === switcher.currentId));
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, justifyContent: 'space-between' }}>
      {entries.length ? <NavLinks entries={entries} /> : <span />}
      {switcher && switcher.options.length > 1 && (
        <TextField
          id={switcherId}
          select
          size="small"
          margin="dense"
          label={t('console.switcher.label')}
          value={knownCurrent ? switcher.currentId : ''}
          onChange={(event) => {
            if (event.target.value) switcher.onSwitch(event.target.value);
          }}
          slotProps={{ select: { native: true } }}
          sx={{ width: { xs: '100%', sm: 320 }, my: 0.5 }}
        >
          {!knownCurrent && (
            <option value="" disabled>
              {t('console.switcher.choose')}
            </option>
          )}
          {switcher.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </TextField>
      )}
    </Box>
  );
}
