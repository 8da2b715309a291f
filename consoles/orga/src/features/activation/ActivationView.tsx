import { useMutation } from '@apollo/client/react';
import { getFieldErrors } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { RequestOrganizationActivationMutation } from './activation.graphql';
import { ActivationForm, type ActivationFieldErrors, type ActivationValues } from './components/ActivationForm';

/** Asks for the activation link; the answer says only that a message went to the school's official address. */
export function ActivationView() {
  const [requestActivation] = useMutation(RequestOrganizationActivationMutation);
  const [submitting, setSubmitting] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (input: ActivationValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await requestActivation({ variables: { input } });
      setSent(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  };

  // An unknown UAI (NOT_FOUND) is said under the UAI field.
  const fieldErrors: ActivationFieldErrors = getFieldErrors(error, { NOT_FOUND: 'uai' });
  return <ActivationForm onSubmit={(input) => void submit(input)} submitting={submitting} sent={sent} serverFieldErrors={fieldErrors} serverError={error} />;
}
