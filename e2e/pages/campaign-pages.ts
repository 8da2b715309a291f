import type { Page } from 'playwright-core';

/**
 * Page objects of a campaign in the learner app ("J'ai un code", landing page, reconciliation,
 * external identifier, the test's progress, results and sending, profiles collection), by
 * accessible names as a learner sees them (French interface).
 */
export class CampaignPages {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  /** "J'ai un code" in the main navigation (logged-in learners). */
  async openCodeFromNavigation(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: "J'ai un code" }).click();
  }

  /** The direct link handed out by teachers: `/campagnes/<code>`. */
  async openDirectLink(code: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/campagnes/${code}`);
  }

  async typeCode(code: string): Promise<void> {
    await this.page.getByLabel('Code du parcours').fill(code);
    await this.page.getByRole('button', { name: 'Accéder au parcours' }).click();
  }

  /** The description of the code field: the hint, or why the code was refused (unknown or archived code). */
  async codeDescription(): Promise<string> {
    const describedBy = await this.page.getByLabel('Code du parcours').getAttribute('aria-describedby');
    return describedBy ? ((await this.page.locator(`[id="${describedBy}"]`).textContent()) ?? '') : '';
  }

  landingHeading(campaignName: string) {
    return this.page.getByRole('heading', { level: 1, name: campaignName });
  }

  /** "Je commence" (anonymous visitors go to the log-in page first, then come back). */
  async start(): Promise<void> {
    await this.page.getByRole('link', { name: 'Je commence' }).click();
  }

  async resume(): Promise<void> {
    await this.page.getByRole('link', { name: 'Reprendre mon parcours' }).click();
  }

  /** "Vos informations d'élève": first name, last name, birth date (JJ / MM / AAAA), then the submit button. */
  async reconcile(pupil: { firstName: string; lastName: string; birthdate: string }, submit = 'Commencer mon parcours'): Promise<void> {
    const [year, month, day] = pupil.birthdate.split('-');
    await this.page.getByRole('heading', { level: 1, name: "Vos informations d'élève" }).waitFor();
    await this.page.getByLabel('Prénom', { exact: true }).fill(pupil.firstName);
    await this.page.getByLabel('Nom', { exact: true }).fill(pupil.lastName);
    const birthdate = this.page.getByRole('group', { name: 'Date de naissance' });
    await birthdate.getByLabel('Jour').fill(day);
    await birthdate.getByLabel('Mois').fill(month);
    await birthdate.getByLabel('Année').fill(year);
    await this.page.getByRole('button', { name: submit }).click();
  }

  /** The explanation of a refused reconciliation (no pupil, several, linked elsewhere, too many attempts). */
  reconciliationError() {
    return this.page.getByRole('alert');
  }

  async typeExternalId(label: string, value: string, submit = 'Commencer mon parcours'): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value);
    await this.page.getByRole('button', { name: submit }).click();
  }

  /** The parcours' progress bar of the test (aria-valuenow: the percentage). */
  progressBar() {
    return this.page.getByRole('progressbar', { name: 'Avancement du parcours' });
  }

  async quit(): Promise<void> {
    await this.page.getByRole('link', { name: 'Quitter' }).click();
  }

  async seeResults(): Promise<void> {
    await this.page.getByRole('button', { name: 'Voir mes résultats' }).click();
  }

  /** "Vous maîtrisez X % des compétences testées". */
  masteryHeading() {
    return this.page.getByRole('heading', { level: 2, name: /^Vous maîtrisez \d+\s% des compétences testées$/ });
  }

  /** A competence's mastery bar on the results page. */
  competenceBar(codeAndName: string) {
    return this.page.getByRole('progressbar', { name: codeAndName });
  }

  async shareResults(): Promise<void> {
    await this.page.getByRole('button', { name: "J'envoie mes résultats" }).click();
  }

  /** The confirmation of a sending (results or profile). */
  confirmation() {
    return this.page.getByRole('status');
  }

  async sendProfile(): Promise<void> {
    await this.page.getByRole('button', { name: 'Envoyer mon profil' }).click();
  }

  async sendProfileAgain(): Promise<void> {
    await this.page.getByRole('link', { name: 'Envoyer à nouveau mon profil' }).click();
  }

  /** A campaign of "Mes parcours" on the dashboard, by its name. */
  myCampaign(campaignName: string) {
    return this.page.getByRole('region', { name: 'Mes parcours' }).getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name: campaignName }) });
  }
}
