import TableContainer from '@mui/material/TableContainer';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on narrow screens; the scrolling region is labelled and
 * reachable with the keyboard.
 */
export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <TableContainer
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', overflowX: 'auto' }}
    >
      {children}
    </TableContainer>
  );
}
