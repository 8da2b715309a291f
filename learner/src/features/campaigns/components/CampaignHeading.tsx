import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { PageHeading } from '../../../components/PageHeading';

export interface CampaignHeadingProps {
  /** The line above the heading: the organisation, or the campaign of a step. */
  overline: ReactNode;
  /** The h1, focused when shown. */
  title: ReactNode;
  id?: string;
}

/** The top of every campaign page: who proposes it, then the page's heading (focused on page change). */
export function CampaignHeading({ overline, title, id }: CampaignHeadingProps) {
  return (
    <>
      <Typography color="text.secondary" sx={{ fontWeight: 700, mb: 1, overflowWrap: 'anywhere' }}>
        {overline}
      </Typography>
      <PageHeading id={id} gutterBottom sx={{ overflowWrap: 'anywhere' }}>
        {title}
      </PageHeading>
    </>
  );
}
