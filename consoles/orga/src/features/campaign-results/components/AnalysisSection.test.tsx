import { renderWithProviders } from '@pix-libre/ui-shared/src/testing/render';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { orgaResources } from '../../../i18n';
import { analysisMock, ASSESSMENT_ID, COLLECTION_ID } from '../testing/campaign-results-fixtures';
import { AnalysisSection } from './AnalysisSection';

configure({ asyncUtilTimeout: 3000 });

function renderAnalysis(campaignId: string, withTubes = true, language: 'fr' | 'en' = 'fr') {
  return renderWithProviders(<AnalysisSection campaignId={campaignId} />, { resources: orgaResources, mocks: [analysisMock(campaignId, withTubes)], language });
}

describe('"Analyse"', () => {
  it('ranks the topics to work on, each with its competence and its relevance in words beside the dots', async () => {
    renderAnalysis(ASSESSMENT_ID);

    expect(await screen.findByRole('heading', { level: 2, name: 'Recommandation de sujets à travailler' })).toBeInTheDocument();
    expect(await screen.findByText(/nous vous recommandons ces sujets à travailler, classés par degré de pertinence/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: '2 sujets' });
    expect(list.tagName).toBe('OL');
    const topics = within(list).getAllByRole('listitem');
    expect(topics.map((topic) => within(topic).getByRole('heading', { level: 4 }).textContent)).toEqual([
      'Sujet n° 1 : Tri',
      "Sujet n° 2 : Droit d'auteur",
    ]);

    const tri = screen.getByRole('listitem', { name: 'Sujet n° 1 : Tri' });
    expect(within(tri).getByText('1.2 Gérer des données')).toBeInTheDocument();
    expect(within(tri).getByText('Très fortement recommandé')).toBeInTheDocument();
    // Four dots filled of four, hidden from assistive technologies (the words say it).
    expect(tri.querySelectorAll('[aria-hidden="true"] [data-filled="true"]')).toHaveLength(4);
    const droit = screen.getByRole('listitem', { name: "Sujet n° 2 : Droit d'auteur" });
    expect(within(droit).getByText('Modérément recommandé')).toBeInTheDocument();
    expect(droit.querySelectorAll('[aria-hidden="true"] [data-filled="true"]')).toHaveLength(1);
    expect(within(droit).getByText('Aucun tutoriel pour ce sujet.')).toBeInTheDocument();
  });

  it("opens a topic's tutorials: links to a new tab, with source, format and duration", async () => {
    const user = userEvent.setup();
    renderAnalysis(ASSESSMENT_ID);
    const tri = await screen.findByRole('listitem', { name: 'Sujet n° 1 : Tri' });

    const toggle = within(tri).getByRole('button', { name: '2 tutoriels pour « Tri »' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(tri).queryByRole('link')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).not.toBeNull();

    const link = await within(tri).findByRole('link', { name: 'Trier un tableau (nouvel onglet)' });
    expect(link).toHaveAttribute('href', 'https://tutos.example.org/t-1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(tri).getByText('Par support.example.org • Page • 3 minutes')).toBeInTheDocument();
    expect(within(tri).getByText('Par video.example.org • Vidéo • 1 h 15')).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('waits for a first sending', async () => {
    renderAnalysis(ASSESSMENT_ID, false);

    expect(await screen.findByRole('heading', { level: 3, name: 'En attente de résultats' })).toBeInTheDocument();
    expect(screen.getByText(/Les sujets à travailler s'afficheront dès qu'un participant/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says that a profiles collection has none', async () => {
    renderAnalysis(COLLECTION_ID);
    expect(await screen.findByRole('heading', { level: 3, name: "Réservé aux campagnes d'évaluation" })).toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderAnalysis(ASSESSMENT_ID, true, 'en');
    expect(await screen.findByRole('heading', { level: 2, name: 'Recommended topics to work on' })).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Topic 1: Tri' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '2 tutorials for "Tri"' })).toBeInTheDocument();
  });
});
