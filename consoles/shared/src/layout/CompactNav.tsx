import CloseIcon from '@mui/icons-material/Close';
import MenuIcon from '@mui/icons-material/Menu';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The header's navigation on a phone: a "Menu" button that opens the navigation (and the language
 * switch) in a panel. The button says whether the panel is open (aria-expanded); the panel is a
 * modal dialog: the focus moves into it, Tab stays in it, Escape or "Fermer le menu" closes it and
 * the focus goes back to the button. Following a link, or any change of page, closes it too.
 */
export function CompactNav({ nav }: { nav: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const location = useLocation();
  useEffect(() => setOpen(false), [location.pathname, location.search]);

  const closeOnLink = (event: MouseEvent) => {
    if ((event.target as Element).closest('a[href]')) setOpen(false);
  };

  return (
    <>
      <IconButton
        color="primary"
        aria-label={t('shared.header.openMenu')}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        edge="end"
      >
        <MenuIcon />
      </IconButton>
      <Drawer
        anchor="right"
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{ paper: { id: panelId, role: 'dialog', 'aria-modal': true, 'aria-labelledby': titleId, sx: { width: 'min(320px, 88vw)', p: 2 } } }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
          <Typography id={titleId} component="h2" sx={{ fontWeight: 700, fontSize: '1.1rem' }}>
            {t('shared.header.menuTitle')}
          </Typography>
          <IconButton aria-label={t('shared.header.closeMenu')} onClick={() => setOpen(false)}>
            <CloseIcon />
          </IconButton>
        </Box>
        <Box
          component="nav"
          aria-label={t('shared.header.navigation')}
          onClick={closeOnLink}
          sx={{ '& ul': { flexDirection: 'column', flexWrap: 'nowrap' }, '& li a': { display: 'block' }, mb: 2 }}
        >
          {nav}
        </Box>
        <LanguageSwitch />
      </Drawer>
    </>
  );
}
