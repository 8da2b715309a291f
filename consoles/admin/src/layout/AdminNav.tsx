import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { colors } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { AdminNavEntry } from './admin-nav-entries';

const navLinkSx = {
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

/** Pix Admin's navigation (props only): the sections the viewer's role opens. */
export function AdminNav({ entries }: { entries: AdminNavEntry[] }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: { xs: 0, sm: 1 }, listStyle: 'none', m: 0, p: 0 }}>
      {entries.map((entry) => (
        <li key={entry.to}>
          <Link component={NavLink} to={entry.to} sx={navLinkSx}>
            {t(entry.label)}
          </Link>
        </li>
      ))}
    </Box>
  );
}
