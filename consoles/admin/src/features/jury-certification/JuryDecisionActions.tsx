import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ConfirmDialog } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificationJuryDecision } from '../../__generated__/graphql';

export type JuryDecisionAction = 'cancel' | 'uncancel' | 'reject' | 'unreject';

export interface JuryDecisionActionsProps {
  decision: CertificationJuryDecision | null;
  busy: boolean;
  onDecide: (action: JuryDecisionAction) => Promise<unknown>;
  onEditCandidate: () => void;
}

/**
 * The jury's decisions (props only): "Annuler la certification", "Rejeter pour fraude" (each confirmed),
 * or undoing the one taken; "Modifier les informations du candidat".
 */
export function JuryDecisionActions({ decision, busy, onDecide, onEditCandidate }: JuryDecisionActionsProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<JuryDecisionAction | null>(null);
  const actions: JuryDecisionAction[] = decision === 'CANCELLED' ? ['uncancel'] : decision === 'REJECTED_FOR_FRAUD' ? ['unreject'] : ['cancel', 'reject'];
  const shown = pending ?? actions[0];
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 3 }}>
      {actions.map((action) => (
        <Button key={action} variant="outlined" color="secondary" disabled={busy} onClick={() => setPending(action)}>
          {t(`console.jury.decision.${action}`)}
        </Button>
      ))}
      <Button variant="outlined" onClick={onEditCandidate}>
        {t('console.jury.candidate.edit')}
      </Button>
      <ConfirmDialog
        open={pending !== null}
        title={t(`console.jury.decision.${shown}Title`)}
        text={t(`console.jury.decision.${shown}Text`)}
        confirmLabel={t(`console.jury.decision.${shown}`)}
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) void onDecide(pending).finally(() => setPending(null));
        }}
      />
    </Box>
  );
}
