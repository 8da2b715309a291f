import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import { colors } from '@pix-libre/ui-shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { OrgaMembership } from '../organizations/current-organization';
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

export interface OrgaNavProps {
  /** The user's memberships, in the switcher's order. */
  memberships: OrgaMembership[];
  /** The organisation of the page (from its URL), if any. */
  currentOrganizationId: string | null;
  /** The current organisation is a school that manages its pupils: the "Élèves" and "Certifications" sections. */
  managesPupils: boolean;
  onSwitch: (organizationId: string) => void;
}

/**
 * Pix Orga's main navigation (props only): the sections of the current organisation and, for
 * members of several organisations, the organisation switcher.
 */
export function OrgaNav({ memberships, currentOrganizationId, managesPupils, onSwitch }: OrgaNavProps) {
  const { t } = useTranslation();
  const switcherId = useId();
  const knownCurrent = memberships.some((membership) => membership.organization.id === currentOrganizationId);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, justifyContent: 'space-between' }}>
      {currentOrganizationId ? (
        <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: { xs: 0, sm: 1 }, listStyle: 'none', m: 0, p: 0 }}>
          <li>
            {/* NavLink sets aria-current="page" on the current page's link. */}
            <Link component={NavLink} to={urls.organization(currentOrganizationId)} end sx={navLinkSx}>
              {t('console.nav.home')}
            </Link>
          </li>
          <li>
            {/* Also the current section on a campaign's pages. */}
            <Link component={NavLink} to={urls.campaigns(currentOrganizationId)} sx={navLinkSx}>
              {t('console.nav.campaigns')}
            </Link>
          </li>
          {managesPupils && (
            <li>
              <Link component={NavLink} to={urls.pupils(currentOrganizationId)} sx={navLinkSx}>
                {t('console.nav.pupils')}
              </Link>
            </li>
          )}
          {managesPupils && (
            <li>
              <Link component={NavLink} to={urls.certificationResults(currentOrganizationId)} sx={navLinkSx}>
                {t('console.nav.certificationResults')}
              </Link>
            </li>
          )}
          <li>
            <Link component={NavLink} to={urls.team(currentOrganizationId)} sx={navLinkSx}>
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
          value={knownCurrent ? currentOrganizationId : ''}
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
          {memberships.map((membership) => (
            <option key={membership.organization.id} value={membership.organization.id}>
              {membership.organization.name}
            </option>
          ))}
        </TextField>
      )}
    </Box>
  );
}
