import Link from '@mui/material/Link';
import { useLayoutEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';

export interface GridLinkProps {
  label: string;
  to: string;
  /** The grid's roving focus: the link takes the focus of its cell, and leaves the Tab order otherwise. */
  hasFocus: boolean;
  tabIndex: 0 | -1;
}

/** A row's name in a data grid: a link to its page. */
export function GridLink({ label, to, hasFocus, tabIndex }: GridLinkProps) {
  const ref = useRef<HTMLAnchorElement>(null);
  useLayoutEffect(() => {
    if (hasFocus) ref.current?.focus();
  }, [hasFocus]);
  return (
    <Link ref={ref} component={RouterLink} to={to} tabIndex={tabIndex} sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
      {label}
    </Link>
  );
}
