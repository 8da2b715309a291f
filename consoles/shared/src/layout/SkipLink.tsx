import { styled } from '@mui/material/styles';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'contenu';

const HiddenUntilFocused = styled('a')(({ theme }) => ({
  position: 'absolute',
  left: theme.spacing(1),
  top: theme.spacing(-10),
  zIndex: theme.zIndex.tooltip + 1,
  padding: theme.spacing(1, 2),
  background: theme.palette.background.paper,
  color: theme.palette.primary.main,
  fontWeight: 700,
  '&:focus': { top: theme.spacing(1) },
}));

/** "Aller au contenu": the first focusable element, moves the focus to the main landmark. */
export function SkipLink() {
  const { t } = useTranslation();
  const focusMain = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView?.();
  };
  return (
    <HiddenUntilFocused href={`#${MAIN_CONTENT_ID}`} onClick={focusMain}>
      {t('shared.skipLink')}
    </HiddenUntilFocused>
  );
}
