import ContentCopy from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface CopyableValueProps {
  /** What is copied. */
  value: string;
  /** How the value is shown (the value itself by default). */
  children?: ReactNode;
  /** The copy button's accessible name, e.g. "Copier le code". */
  copyLabel: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** A value to hand out (props only) and its "Copier" button; the outcome is announced. */
export function CopyableValue({ value, children, copyLabel }: CopyableValueProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1, rowGap: 0.5, minWidth: 0 }}>
      {children ?? value}
      <Button size="small" startIcon={<ContentCopy />} onClick={() => void copy()} aria-label={copyLabel}>
        {t('console.campaigns.copy.button')}
      </Button>
      <Box component="span" role="status" sx={{ color: state === 'failed' ? 'error.main' : 'success.main', fontSize: '0.875rem' }}>
        {state === 'copied' ? t('console.campaigns.copy.done') : state === 'failed' ? t('console.campaigns.copy.failed') : ''}
      </Box>
    </Box>
  );
}
