import { type RenderOptions, renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { act, configure, screen, within } from '@testing-library/react';
import { orgaResources } from '../../../i18n';
import { CampaignActivityQuery } from '../campaign-results.graphql';
import { ASSESSMENT_ID, COLLECTION_ID, statsMock, statsResult } from '../testing/campaign-results-fixtures';
import { ActivitySection } from './ActivitySection';

configure({ asyncUtilTimeout: 3000 });

function renderActivity(campaignId: string, mocks: RenderOptions['mocks'], language: 'fr' | 'en' = 'fr') {
  return renderWithProviders(<ActivitySection campaignId={campaignId} />, { resources: orgaResources, mocks, language });
}

/** The value (dd) that follows a term (dt) of the numbers. */
const valueOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent?.replace(/\s+/g, ' ');

let visibility: DocumentVisibilityState = 'visible';
beforeAll(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
afterEach(() => {
  visibility = 'visible';
  jest.useRealTimers();
});

describe('"Activité"', () => {
  it('gives the participants and their split in text, with a chart beside', async () => {
    renderActivity(ASSESSMENT_ID, [statsMock(ASSESSMENT_ID, { started: 15, toShare: 15, shared: 30 })]);

    const section = await screen.findByRole('region', { name: 'Activité' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Activité' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Avancement des participants' })).toBeInTheDocument();
    expect(valueOf('Participants')).toBe('60');
    expect(valueOf('Parcours terminés et résultats envoyés')).toBe('30 (50 %)');
    expect(valueOf('Parcours terminés et résultats NON envoyés')).toBe('15 (25 %)');
    expect(valueOf('Parcours non terminés')).toBe('15 (25 %)');
    expect(screen.getByText('Ces chiffres se mettent à jour automatiquement toutes les 10 secondes.')).toBeInTheDocument();
    // The chart repeats the numbers: hidden from assistive technologies, out of the Tab order.
    const chart = section.querySelector('[aria-hidden="true"] svg');
    expect(chart).not.toBeNull();
    expect(chart?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(chart?.querySelector('[tabindex="0"]')).toBeNull();
  });

  it('splits a profiles collection into profiles sent and not sent yet', async () => {
    renderActivity(COLLECTION_ID, [statsMock(COLLECTION_ID, { started: 0, toShare: 5, shared: 39 })]);

    expect(await screen.findByText('Profils envoyés', { selector: 'dt' })).toBeInTheDocument();
    expect(valueOf('Participants')).toBe('44');
    expect(valueOf('Profils envoyés')).toBe('39 (89 %)');
    expect(valueOf("Profils en attente d'envoi")).toBe('5 (11 %)');
    expect(screen.queryByText('Parcours non terminés', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('says when nobody has joined yet', async () => {
    renderActivity(ASSESSMENT_ID, [statsMock(ASSESSMENT_ID, { started: 0, toShare: 0, shared: 0 })]);

    expect(await screen.findByRole('heading', { level: 3, name: 'Aucun participant pour le moment' })).toBeInTheDocument();
    expect(screen.getByText(/Transmettez le code de la campagne/)).toBeInTheDocument();
    expect(screen.queryByText('Parcours non terminés', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('is live: asks again every 10 s while the page is visible, not while it is hidden, and at once when it shows again', async () => {
    jest.useFakeTimers();
    const afterHidden = jest.fn(() => statsResult(ASSESSMENT_ID, { started: 1, toShare: 2, shared: 4 }));
    renderActivity(ASSESSMENT_ID, [
      statsMock(ASSESSMENT_ID, { started: 2, toShare: 0, shared: 0 }),
      statsMock(ASSESSMENT_ID, { started: 2, toShare: 1, shared: 0 }),
      { request: { query: CampaignActivityQuery, variables: { campaignId: ASSESSMENT_ID } }, result: afterHidden },
    ]);
    await screen.findByText('Parcours non terminés', { selector: 'dt' });
    expect(valueOf('Participants')).toBe('2');

    await act(async () => {
      await jest.advanceTimersByTimeAsync(10_000);
    });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(100);
    });
    expect(valueOf('Participants')).toBe('3');

    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await act(async () => {
      await jest.advanceTimersByTimeAsync(30_000);
    });
    expect(afterHidden).not.toHaveBeenCalled();
    expect(valueOf('Participants')).toBe('3');

    visibility = 'visible';
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await jest.advanceTimersByTimeAsync(100);
    });
    expect(afterHidden).toHaveBeenCalledTimes(1);
    expect(valueOf('Participants')).toBe('7');
  });

  it('speaks English', async () => {
    renderActivity(ASSESSMENT_ID, [statsMock(ASSESSMENT_ID, { started: 1, toShare: 1, shared: 2 })], 'en');

    expect(await screen.findByRole('heading', { level: 2, name: 'Activity' })).toBeInTheDocument();
    expect(await screen.findByText('Finished, results sent', { selector: 'dt' })).toBeInTheDocument();
    expect(valueOf('Finished, results sent')).toBe('2 (50%)');
  });
});
