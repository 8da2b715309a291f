import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorAlert, getFieldErrors } from '@pix-libre/ui-shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CampaignType } from '../../../__generated__/graphql';
import {
  CAMPAIGN_FIELDS,
  CAMPAIGN_RULES,
  CAMPAIGN_TYPES,
  characterCount,
  INITIAL_CAMPAIGN_FORM,
  validateCampaignForm,
  type CampaignField,
  type CampaignFormErrors,
  type CampaignFormValues,
  type TargetProfileOption,
  type YesNo,
} from '../campaign-types';
import { RadioField } from './RadioField';
import { TargetProfilePicker } from './TargetProfilePicker';

export interface CampaignFormProps {
  targetProfiles: readonly TargetProfileOption[];
  submitting: boolean;
  /** The last server error: those naming a field (extensions.field) go under that field. */
  serverError: unknown;
  /** Where "Annuler" leads. */
  cancelTo: string;
  /** Called with values the client checks accept. */
  onSubmit: (values: CampaignFormValues) => void;
}

/** The fields a goal shows: a server error on a hidden field goes in the alert. */
function shownFields(values: CampaignFormValues): Set<CampaignField> {
  const fields = new Set<CampaignField>(['name', 'type', 'customLandingPageText']);
  if (values.type === 'ASSESSMENT') fields.add('targetProfileId');
  if (values.type === 'PROFILES_COLLECTION') fields.add('multipleSendings');
  if (values.askExternalId === 'yes') {
    fields.add('idPixLabel');
    fields.add('idPixType');
  }
  return fields;
}

/**
 * "Créer une campagne" (props only), as Pix Orga asks it: the name, "Quel est l'objectif de votre
 * campagne ?", the parcours of an assessment or the several sendings of a profiles collection, the
 * external identifier, the landing text. The API's checks are made first here.
 */
export function CampaignForm({ targetProfiles, submitting, serverError, cancelTo, onSubmit }: CampaignFormProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<CampaignFormValues>(INITIAL_CAMPAIGN_FORM);
  const [clientErrors, setClientErrors] = useState<CampaignFormErrors>({});
  const [edited, setEdited] = useState<Partial<Record<CampaignField, boolean>>>({});
  const refs = useRef<Partial<Record<CampaignField, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const refOf = (field: CampaignField) => (element: HTMLInputElement | HTMLTextAreaElement | null) => {
    refs.current[field] = element;
  };
  const number = new Intl.NumberFormat(i18n.language);

  const visible = shownFields(values);
  const serverFieldErrors = getFieldErrors(serverError);
  // A server error stays under its field until the field is edited.
  const serverErrorOf = (field: CampaignField) => (edited[field] || !visible.has(field) ? undefined : serverFieldErrors[field]);
  const errorOf = (field: CampaignField): string | undefined => {
    const clientError = clientErrors[field];
    if (clientError) return t(`console.campaigns.form.errors.${clientError.key}`, { ...clientError.values, max: number.format(clientError.values?.max ?? 0) });
    return serverErrorOf(field);
  };

  // The server refused the campaign: the focus goes to the first field it named.
  useEffect(() => {
    if (!serverError) return;
    const errors = getFieldErrors(serverError);
    const first = CAMPAIGN_FIELDS.find((field) => errors[field] && refs.current[field]);
    if (first) refs.current[first]?.focus();
  }, [serverError]);

  const set = <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K], field: CampaignField = key as CampaignField) => {
    setValues((current) => ({ ...current, [key]: value }));
    setEdited((current) => ({ ...current, [field]: true }));
    if (clientErrors[field]) setClientErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validateCampaignForm(values);
    setClientErrors(errors);
    const firstInvalid = CAMPAIGN_FIELDS.find((field) => errors[field]);
    if (firstInvalid) {
      refs.current[firstInvalid]?.focus();
      return;
    }
    setEdited({});
    onSubmit(values);
  };

  const landingLength = characterCount(values.customLandingPageText.trim());
  const landingError = errorOf('customLandingPageText');
  const yesNo = (yes: string, no: string) => [
    { value: 'yes' as YesNo, label: yes },
    { value: 'no' as YesNo, label: no },
  ];

  return (
    <Box component="form" noValidate onSubmit={submit} aria-labelledby="campaign-creation-title">
      {/* What a visible field shows is not repeated here, nor brought back here once the field is edited. */}
      <ErrorAlert error={serverError} exclude={(field) => Boolean(field && visible.has(field as CampaignField) && serverFieldErrors[field])} sx={{ mb: 2 }} />
      <Typography variant="body2" color="text.secondary">
        {t('console.campaigns.form.requiredHint')}
      </Typography>

      <TextField
        label={t('console.campaigns.form.name')}
        name="name"
        required
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
        error={Boolean(errorOf('name'))}
        helperText={errorOf('name') ?? t('console.campaigns.form.nameHint')}
        inputRef={refOf('name')}
        slotProps={{ htmlInput: { autoComplete: 'off' } }}
        sx={{ maxWidth: 640 }}
      />

      <RadioField<CampaignType>
        name="type"
        legend={t('console.campaigns.form.type')}
        required
        value={values.type}
        onChange={(type) => {
          set('type', type);
          // The other goal's fields no longer apply.
          setClientErrors((current) => ({ ...current, targetProfileId: undefined }));
        }}
        options={CAMPAIGN_TYPES.map((type) => ({
          value: type,
          label: (
            <span>
              {t(`console.campaigns.form.types.${type}`)}
              <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                {t(`console.campaigns.form.typeHints.${type}`)}
              </Typography>
            </span>
          ),
        }))}
        error={errorOf('type')}
        firstInputRef={refOf('type')}
      />

      {values.type === 'ASSESSMENT' && (
        <TargetProfilePicker
          targetProfiles={targetProfiles}
          value={values.targetProfileId}
          onChange={(targetProfileId) => set('targetProfileId', targetProfileId)}
          error={errorOf('targetProfileId')}
          inputRef={refOf('targetProfileId')}
        />
      )}

      {values.type === 'PROFILES_COLLECTION' && (
        <RadioField<YesNo>
          name="multipleSendings"
          legend={t('console.campaigns.form.multipleSendings')}
          required
          value={values.multipleSendings}
          onChange={(value) => set('multipleSendings', value)}
          options={yesNo(t('console.campaigns.yes'), t('console.campaigns.no'))}
          hint={t('console.campaigns.form.multipleSendingsHint')}
          error={errorOf('multipleSendings')}
          firstInputRef={refOf('multipleSendings')}
        />
      )}

      <RadioField<YesNo>
        name="askExternalId"
        legend={t('console.campaigns.form.askExternalId')}
        value={values.askExternalId}
        onChange={(value) => set('askExternalId', value, 'idPixLabel')}
        options={yesNo(t('console.campaigns.yes'), t('console.campaigns.no')).reverse()}
        hint={t('console.campaigns.form.askExternalIdHint')}
      />
      {values.askExternalId === 'yes' && (
        <Paper variant="outlined" sx={{ p: 2, maxWidth: 640, bgcolor: 'grey.50' }}>
          <TextField
            label={t('console.campaigns.form.idPixLabel')}
            name="idPixLabel"
            required
            value={values.idPixLabel}
            onChange={(event) => set('idPixLabel', event.target.value)}
            error={Boolean(errorOf('idPixLabel'))}
            helperText={errorOf('idPixLabel') ?? t('console.campaigns.form.idPixLabelHint')}
            inputRef={refOf('idPixLabel')}
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
            margin="none"
          />
          <RadioField<'TEXT' | 'EMAIL'>
            name="idPixType"
            legend={t('console.campaigns.form.idPixType')}
            value={values.idPixType}
            onChange={(value) => set('idPixType', value)}
            options={[
              { value: 'TEXT', label: t('console.campaigns.idPixTypes.TEXT') },
              { value: 'EMAIL', label: t('console.campaigns.idPixTypes.EMAIL') },
            ]}
            hint={t('console.campaigns.form.idPixTypeHint')}
            error={errorOf('idPixType')}
            firstInputRef={refOf('idPixType')}
          />
        </Paper>
      )}

      <TextField
        label={t('console.campaigns.form.landingText')}
        name="customLandingPageText"
        multiline
        minRows={4}
        value={values.customLandingPageText}
        onChange={(event) => set('customLandingPageText', event.target.value)}
        error={Boolean(landingError)}
        helperText={
          <>
            {landingError && (
              <Box component="span" sx={{ display: 'block' }}>
                {landingError}
              </Box>
            )}
            <Box component="span" sx={{ display: 'block' }}>
              {t('console.campaigns.form.landingTextHint')}{' '}
              {t('console.campaigns.form.characterCount', {
                length: number.format(landingLength),
                max: number.format(CAMPAIGN_RULES.customLandingPageTextMaxLength),
              })}
            </Box>
          </>
        }
        inputRef={refOf('customLandingPageText')}
        sx={{ maxWidth: 640, mt: 3 }}
      />

      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 3 }}>
        <Button component={RouterLink} to={cancelTo} variant="outlined">
          {t('console.confirm.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={submitting}>
          {submitting ? t('console.campaigns.form.submitting') : t('console.campaigns.form.submit')}
        </Button>
      </Box>
    </Box>
  );
}
