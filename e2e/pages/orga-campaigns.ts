import type { Page } from 'playwright-core';
import { auditAccessibility } from '../support/accessibility';

/** Page objects of Pix Orga's "Campagnes": log-in, creation, the campaign page and its sections. */
export class OrgaCampaigns {
  constructor(readonly page: Page, private readonly baseUrl: string) {}

  async logIn(login: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/orga/connexion`);
    await this.page.getByLabel('Adresse e-mail ou identifiant').fill(login);
    await this.page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Je me connecte' }).click();
  }

  async openCampaigns(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Campagnes', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Campagnes', level: 1 }).waitFor();
  }

  /** "Créer une campagne" → an assessment over a parcours picked in "Que souhaitez-vous tester ?", no external id. */
  async createAssessmentCampaign(name: string, targetProfileName: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Créer une campagne' }).or(this.page.getByRole('button', { name: 'Créer une campagne' })).first().click();
    await this.page.getByRole('heading', { name: 'Créer une campagne', level: 1 }).waitFor();
    await this.page.getByLabel('Nom de la campagne').fill(name);
    await this.page.getByRole('radio', { name: 'Évaluer les participants' }).check();
    const picker = this.page.getByRole('group', { name: 'Que souhaitez-vous tester ?' });
    await picker.getByRole('combobox', { name: 'Parcours' }).fill(targetProfileName);
    await this.page.getByRole('option', { name: new RegExp(`^${targetProfileName}`) }).click();
    await this.page.getByRole('group', { name: 'Souhaitez-vous demander un identifiant externe ?' }).getByRole('radio', { name: 'Non' }).check();
    await auditAccessibility(this.page, 'campaign creation form, filled in');
    await this.page.getByRole('button', { name: 'Créer la campagne' }).click();
  }

  createdNotice() {
    return this.page.getByRole('status').filter({ hasText: 'La campagne a été créée' });
  }

  /** The campaign's sections are tabs once there is more than one ("Activité", "Participants"…). */
  tab(name: string) {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openTab(name: string): Promise<void> {
    await this.tab(name).click();
    await this.panel().waitFor();
    await auditAccessibility(this.page, `campaign tab "${name}"`);
  }

  panel() {
    return this.page.getByRole('tabpanel');
  }

  exportButton() {
    return this.page.getByRole('button', { name: 'Exporter les résultats (.csv)' });
  }
}
