import type { Page, Response } from 'playwright-core';
import { auditAccessibility } from '../support/accessibility';

/** Page object of Pix Certif: what a centre's administrator sees and does, by accessible names. */
export class CertifConsole {
  constructor(readonly page: Page, private readonly baseUrl: string) {}

  async logIn(login: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/certif/connexion`);
    await this.page.getByLabel('Adresse e-mail ou identifiant').fill(login);
    await this.page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Je me connecte' }).click();
  }

  async createSession(details: { address: string; room: string; date: string; time: string; examiner: string; description?: string }): Promise<void> {
    await this.page.getByRole('link', { name: 'Créer une session' }).click();
    await this.page.getByRole('heading', { name: 'Créer une session', level: 1 }).waitFor();
    await this.page.getByLabel('Nom du site').fill(details.address);
    await this.page.getByLabel('Nom de la salle').fill(details.room);
    await this.page.getByLabel('Date de la session').fill(details.date);
    await this.page.getByLabel('Heure de début (heure locale)').fill(details.time);
    await this.page.getByLabel('Surveillant(s)').fill(details.examiner);
    if (details.description) await this.page.getByLabel('Observations (facultatif)').fill(details.description);
    await this.page.getByRole('button', { name: 'Créer la session' }).click();
  }

  async enrolPupils(division: string, names: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Inscrire des élèves' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Inscrire des élèves' });
    await dialog.waitFor();
    await dialog.getByLabel('Classe').selectOption(division);
    for (const name of names) await dialog.getByRole('checkbox', { name: new RegExp(`^${name} – ${division}`) }).check();
    await auditAccessibility(this.page, 'enrolment dialog');
    await dialog.getByRole('button', { name: `Inscrire ${names.length} élèves` }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async setExtraTime(name: string, percentage: number): Promise<void> {
    await this.page.getByRole('button', { name: `Modifier le temps majoré de ${name}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Temps majoré de ${name}` });
    await dialog.waitFor();
    await auditAccessibility(this.page, 'extra time dialog');
    await dialog.getByLabel('Temps majoré (%)').fill(String(percentage));
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Clicks a document's button: the API's answer (its headers) and the file the browser saved. */
  async download(button: "Feuille d'émargement" | "PV d'incident"): Promise<{ response: Response; path: string; fileName: string }> {
    const [response, download] = await Promise.all([
      this.page.waitForResponse((r) => r.url().includes('/documents/sessions/')),
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    return { response, path: (await download.path())!, fileName: download.suggestedFilename() };
  }
}
