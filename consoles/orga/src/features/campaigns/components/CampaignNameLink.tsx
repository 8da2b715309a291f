import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

export interface CampaignNameLinkProps {
  name: string;
  to: string;
  archived: boolean;
  /** The grid's roving focus: the link takes the focus of its cell, and leaves the Tab order otherwise. */
  hasFocus: boolean;
  tabIndex: 0 | -1;
}

/** The campaign's name in a grid row (props only): a link to its page, and "Archivée" when it is. */
export function CampaignNameLink({ name, to, archived, hasFocus, tabIndex }: CampaignNameLinkProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLAnchorElement>(null);
  useLayoutEffect(() => {
    if (hasFocus) ref.current?.focus();
  }, [hasFocus]);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <Link ref={ref} component={RouterLink} to={to} tabIndex={tabIndex} sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
        {name}
      </Link>
      {archived && <Chip size="small" label={t('console.campaigns.archived')} />}
    </Box>
  );
}
