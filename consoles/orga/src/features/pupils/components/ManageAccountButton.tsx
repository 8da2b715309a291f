import ManageAccounts from '@mui/icons-material/ManageAccounts';
import Button from '@mui/material/Button';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pupilName, type Pupil } from '../pupil-types';

export interface ManageAccountButtonProps {
  pupil: Pupil;
  /** The grid's roving focus: the button takes the focus of its cell, and leaves the Tab order otherwise. */
  hasFocus: boolean;
  tabIndex: 0 | -1;
  onClick: (pupil: Pupil) => void;
}

/** "Gérer le compte" in a grid row (props only). */
export function ManageAccountButton({ pupil, hasFocus, tabIndex, onClick }: ManageAccountButtonProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (hasFocus) ref.current?.focus();
  }, [hasFocus]);
  return (
    <Button
      ref={ref}
      size="small"
      variant="outlined"
      startIcon={<ManageAccounts />}
      tabIndex={tabIndex}
      aria-label={t('console.pupils.account.manageLabel', { name: pupilName(pupil) })}
      onClick={() => onClick(pupil)}
    >
      {t('console.pupils.account.manage')}
    </Button>
  );
}
