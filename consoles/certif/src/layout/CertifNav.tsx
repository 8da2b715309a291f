import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import { colors } from '@pix-libre/ui-shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { CenterMembership } from '../centers/current-center';
import { urls } from '../urls';

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

export interface CertifNavProps {
  memberships: CenterMembership[];
  currentCenterId: string | null;
  onSwitch: (centerId: string) => void;
}

/** Pix Certif's navigation (props only): the centre's sections and, for members of several centres, the centre switcher. */
export function CertifNav({ memberships, currentCenterId, onSwitch }: CertifNavProps) {
  const { t } = useTranslation();
  const switcherId = useId();
  const knownCurrent = memberships.some((m) => m.certificationCenter.id === currentCenterId);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, justifyContent: 'space-between' }}>
      {currentCenterId ? (
        <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: { xs: 0, sm: 1 }, listStyle: 'none', m: 0, p: 0 }}>
          <li>
            <Link component={NavLink} to={urls.sessions(currentCenterId)} sx={navLinkSx}>
              {t('console.nav.sessions')}
            </Link>
          </li>
          <li>
            <Link component={NavLink} to={urls.team(currentCenterId)} sx={navLinkSx}>
              {t('console.nav.team')}
            </Link>
          </li>
        </Box>
      ) : (
        <span />
      )}
      {memberships.length > 1 && (
        <TextField
          id={switcherId}
          select
          size="small"
          margin="dense"
          label={t('console.switcher.label')}
          value={knownCurrent ? currentCenterId : ''}
          onChange={(event) => {
            if (event.target.value) onSwitch(event.target.value);
          }}
          slotProps={{ select: { native: true } }}
          sx={{ width: { xs: '100%', sm: 320 }, my: 0.5 }}
        >
          {!knownCurrent && (
            <option value="" disabled>
              {t('console.switcher.choose')}
            </option>
          )}
          {memberships.map((m) => (
            <option key={m.certificationCenter.id} value={m.certificationCenter.id}>
              {m.certificationCenter.name}
            </option>
          ))}
        </TextField>
      )}
    </Box>
  );
}
