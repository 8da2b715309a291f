import { getFieldErrors, SignUpForm, useAuth, useRedirectTarget, type SignUpFieldErrors, type SignUpValues } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { urls } from '../../urls';

/** Signs the visitor up (and in), then opens the page first asked for (e.g. a campaign), else the dashboard. */
export function SignUpView() {
  const { t } = useTranslation();
  const { signUp } = useAuth();
  const navigate = useNavigate();
  const target = useRedirectTarget(urls.home());
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: SignUpValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await signUp(values);
      navigate(target, { replace: true });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  const fieldErrors: SignUpFieldErrors = getFieldErrors(error, { EMAIL_ALREADY_USED: 'email' });
  return (
    <SignUpForm
      onSubmit={(values) => void submit(values)}
      submitting={submitting}
      serverFieldErrors={fieldErrors}
      serverError={error}
      submitLabel={t('learner.signUp.submit')}
      submittingLabel={t('learner.signUp.submitting')}
    />
  );
}
