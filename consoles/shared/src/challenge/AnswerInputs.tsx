import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from './markdown/Markdown';
import { inputFields, type AnswerDraft, type ChallengeContent as Challenge, type ChallengeField } from './challenge-content';

export interface AnswerInputsProps {
  challenge: Challenge;
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  disabled?: boolean;
}

const choiceLabelSx = { alignItems: 'flex-start', mr: 0, py: 0.5, '& .MuiFormControlLabel-label': { pt: 1 } } as const;

function Proposals({ challenge, draft, onChange, disabled }: AnswerInputsProps) {
  const { t } = useTranslation();
  const proposals = challenge.proposals ?? [];
  const multiple = challenge.type === 'QCM';
  const legend = multiple ? t('shared.challenge.severalAnswers') : t('shared.challenge.oneAnswer');
  const legendId = useId();
  if (!multiple) {
    return (
      <FormControl component="fieldset" disabled={disabled} sx={{ width: '100%' }}>
        <FormLabel component="legend" id={legendId} sx={{ mb: 1 }}>
          {legend}
        </FormLabel>
        <RadioGroup
          aria-labelledby={legendId}
          name={`challenge-${challenge.id}`}
          value={draft.selected[0] ? String(draft.selected[0]) : ''}
          onChange={(event) => onChange({ ...draft, selected: [Number(event.target.value)] })}
        >
          {proposals.map((proposal, index) => (
            <FormControlLabel key={index} value={String(index + 1)} control={<Radio />} label={<Markdown inline>{proposal}</Markdown>} sx={choiceLabelSx} />
          ))}
        </RadioGroup>
      </FormControl>
    );
  }
  const toggle = (position: number, checked: boolean) => {
    const others = draft.selected.filter((selected) => selected !== position);
    onChange({ ...draft, selected: checked ? [...others, position].sort((a, b) => a - b) : others });
  };
  return (
    <FormControl component="fieldset" disabled={disabled} sx={{ width: '100%' }}>
      <FormLabel component="legend" sx={{ mb: 1 }}>
        {legend}
      </FormLabel>
      <FormGroup>
        {proposals.map((proposal, index) => (
          <FormControlLabel
            key={index}
            control={<Checkbox checked={draft.selected.includes(index + 1)} onChange={(event) => toggle(index + 1, event.target.checked)} />}
            label={<Markdown inline>{proposal}</Markdown>}
            sx={choiceLabelSx}
          />
        ))}
      </FormGroup>
    </FormControl>
  );
}

function AnswerField({
  field,
  value,
  onChange,
  disabled,
  label,
}: {
  field: ChallengeField;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  if (field.format === 'SELECT') {
    return (
      <TextField
        select
        label={label}
        name={field.name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        disabled={disabled}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        <option value="">{t('shared.challenge.selectPlaceholder')}</option>
        {(field.options ?? []).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </TextField>
    );
  }
  const numeric = field.format === 'NOMBRE';
  return (
    <TextField
      label={label}
      name={field.name}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      autoComplete="off"
      helperText={numeric ? t('shared.challenge.numberHint') : undefined}
      slotProps={{ htmlInput: { inputMode: numeric ? 'decimal' : 'text', spellCheck: false, autoCapitalize: 'off' } }}
    />
  );
}

/** The input that fits the challenge's type: radio buttons (QCU), checkboxes (QCM), fields (QROC, QROCM). */
export function AnswerInputs(props: AnswerInputsProps) {
  const { t } = useTranslation();
  const { challenge, draft, onChange, disabled } = props;
  if (challenge.type === 'QCU' || challenge.type === 'QCM') return <Proposals {...props} />;
  const fields = inputFields(challenge);
  const single = fields.length === 1;
  return (
    <Box sx={{ maxWidth: 560 }}>
      {fields.map((field, index) => (
        <AnswerField
          key={field.name}
          field={field}
          label={field.label.trim() || (single ? t('shared.challenge.yourAnswer') : t('shared.challenge.answerNumber', { number: index + 1 }))}
          value={draft.texts[field.name] ?? ''}
          onChange={(value) => onChange({ ...draft, texts: { ...draft.texts, [field.name]: value } })}
          disabled={disabled}
        />
      ))}
    </Box>
  );
}
