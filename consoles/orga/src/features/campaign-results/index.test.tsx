import { type RenderOptions, renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import type { CampaignType } from '../../__generated__/graphql';
import { orgaResources } from '../../i18n';
import { CampaignSections } from '../campaigns/components/CampaignSections';
import { campaignResultSections, campaignResultSectionsFor } from '.';
import { analysisMock, ASSESSMENT_ID, COLLECTION_ID, statsMock } from './testing/campaign-results-fixtures';

configure({ asyncUtilTimeout: 3000 });

/** The wiring documented in index.ts, into the campaign page's tabs. */
function Wired({ campaignId, type }: { campaignId: string; type: CampaignType }) {
  const { t } = useTranslation();
  const sections = campaignResultSectionsFor(type).map(({ key, labelKey, Component }) => ({ id: key, label: t(labelKey), content: <Component campaignId={campaignId} /> }));
  return <CampaignSections sections={sections} />;
}

const renderWired = (campaignId: string, type: CampaignType, mocks: RenderOptions['mocks']) =>
  renderWithProviders(<Wired campaignId={campaignId} type={type} />, { resources: orgaResources, mocks });

describe('campaignResultSections', () => {
  it('lists the four sections in the order of the page, each with a unique key, a label and a path', () => {
    expect(campaignResultSections.map((section) => [section.key, section.path])).toEqual([
      ['activite', 'activite'],
      ['participants', 'participants'],
      ['resultats-collectifs', 'resultats-collectifs'],
      ['analyse', 'analyse'],
    ]);
  });

  it('becomes the tabs of an assessment: "Activité", "Participants", "Résultats collectifs", "Analyse"', async () => {
    const user = userEvent.setup();
    renderWired(ASSESSMENT_ID, 'ASSESSMENT', [statsMock(ASSESSMENT_ID, { started: 1, toShare: 0, shared: 0 }), analysisMock(ASSESSMENT_ID)]);

    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Activité', 'Participants', 'Résultats collectifs', 'Analyse']);
    expect(await screen.findByRole('heading', { level: 2, name: 'Activité' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Analyse' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Recommandation de sujets à travailler' })).toBeInTheDocument();
  });

  it('leaves a profiles collection with "Activité" and "Participants"', async () => {
    renderWired(COLLECTION_ID, 'PROFILES_COLLECTION', [statsMock(COLLECTION_ID, { started: 0, toShare: 0, shared: 2 })]);

    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Activité', 'Participants']);
    expect(await screen.findByText('Profils envoyés', { selector: 'dt' })).toBeInTheDocument();
  });
});
