import AccountCircle from '@mui/icons-material/AccountCircle';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface UserMenuProps {
  name: string;
  /** An icon only (phones): the name is still the button's accessible name. */
  compact?: boolean;
  onLogOut: () => void;
}

/** The logged-in user's name, opening a menu with "Se déconnecter". */
export function UserMenu({ name, compact = false, onLogOut }: UserMenuProps) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const open = Boolean(anchor);
  const buttonProps = {
    id: buttonId,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    'aria-controls': open ? menuId : undefined,
    'aria-label': t('shared.userMenu.open', { name }),
    onClick: (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget),
  };
  return (
    <>
      {compact ? (
        <IconButton color="primary" {...buttonProps}>
          <AccountCircle />
        </IconButton>
      ) : (
        <Button
          color="primary"
          startIcon={<AccountCircle />}
          {...buttonProps}
          sx={{ maxWidth: { xs: 160, sm: 'none' }, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{name}</span>
        </Button>
      )}
      <Menu id={menuId} anchorEl={anchor} open={open} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-labelledby': buttonId } }}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            onLogOut();
          }}
        >
          {t('shared.userMenu.logOut')}
        </MenuItem>
      </Menu>
    </>
  );
}
