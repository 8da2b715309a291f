import Typography, { type TypographyProps } from '@mui/material/Typography';
import { useEffect, useRef } from 'react';

export type PageHeadingProps = Omit<TypographyProps<'h1'>, 'ref' | 'tabIndex'> & {
  /** Takes the focus when shown (a new page or a new step): screen-reader and keyboard users start from it. */
  focusOnMount?: boolean;
};

/** The h1 of a page or of a step of a page, focused when it appears (focus management on page change). */
export function PageHeading({ focusOnMount = true, sx, variant = 'h1', ...props }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return <Typography variant={variant} ref={ref} tabIndex={-1} sx={[{ '&:focus': { outline: 'none' } }, ...(Array.isArray(sx) ? sx : [sx])]} {...props} />;
}
