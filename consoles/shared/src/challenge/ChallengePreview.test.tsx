import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../testing/render';
import { draftFromAnswer, type ChallengeContent } from './challenge-content';
import { ChallengePreview } from './ChallengePreview';

const base = { proposals: null, fields: null, illustration: null, attachment: null, embed: null };
const qcm: ChallengeContent = { ...base, id: 'c-qcm', type: 'QCM', instruction: 'Cochez les **tableurs**.', proposals: ['LibreOffice Calc', 'GIMP', 'Excel'] };
const qrocm: ChallengeContent = {
  ...base,
  id: 'c-qrocm',
  type: 'QROCM_IND',
  instruction: 'Nom et extension ?',
  fields: [
    { name: 'nom', label: 'Nom', format: 'TEXTE', options: null },
    { name: 'extension', label: 'Extension', format: 'SELECT', options: ['odt', 'pdf'] },
  ],
  illustration: { url: '/contenus/fichier.svg', alt: 'Un fichier' },
  embed: { url: '/contenus/simulateur.html', title: 'Simulateur de fichiers', height: 300 },
};

describe('<ChallengePreview>', () => {
  it('shows the instruction, media, simulator and the given answer, read-only', () => {
    renderWithProviders(<ChallengePreview challenge={qrocm} answer={'{"nom":"rapport","extension":"pdf"}'} readOnly />);
    expect(screen.getByText('Nom et extension ?')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Un fichier' })).toHaveAttribute('src', '/contenus/fichier.svg');
    expect(screen.getByTitle('Simulateur de fichiers')).toHaveAttribute('sandbox', 'allow-scripts');
    expect(screen.getByRole('textbox', { name: 'Nom' })).toHaveValue('rapport');
    expect(screen.getByRole('textbox', { name: 'Nom' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Extension' })).toHaveValue('pdf');
  });

  it('ticks the proposals of a QCM answer', () => {
    renderWithProviders(<ChallengePreview challenge={qcm} answer="3,1" readOnly />);
    expect(screen.getByText('tableurs').tagName).toBe('STRONG');
    expect(screen.getByRole('checkbox', { name: 'LibreOffice Calc' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'GIMP' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Excel' })).toBeChecked();
  });

  it('can be tried out when not read-only', async () => {
    renderWithProviders(<ChallengePreview challenge={qcm} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'GIMP' }));
    expect(screen.getByRole('checkbox', { name: 'GIMP' })).toBeChecked();
  });
});

describe('draftFromAnswer', () => {
  it('reads each answer syntax back, and leaves a skip or a malformed value empty', () => {
    const qcu: ChallengeContent = { ...qcm, type: 'QCU' };
    const qroc: ChallengeContent = { ...base, id: 'q', type: 'QROC', instruction: '', fields: [{ name: 'mot', label: '', format: 'TEXTE', options: null }] };
    expect(draftFromAnswer(qcu, '2')).toEqual({ selected: [2], texts: {} });
    expect(draftFromAnswer(qcm, '#ABAND#')).toEqual({ selected: [], texts: {} });
    expect(draftFromAnswer(qroc, ' odt ')).toEqual({ selected: [], texts: { mot: ' odt ' } });
    expect(draftFromAnswer(qrocm, 'pas du JSON')).toEqual({ selected: [], texts: { nom: 'pas du JSON' } });
    expect(draftFromAnswer(qrocm, null)).toEqual({ selected: [], texts: {} });
  });
});
