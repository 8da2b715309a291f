import type { Page } from 'playwright-core';
import { auditAccessibility } from '../support/accessibility';

/** Page object of Pix Admin: what the platform team sees and does, by accessible names. */
export class AdminConsole {
  constructor(readonly page: Page, private readonly baseUrl: string) {}

  async logIn(login: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/admin/connexion`);
    await this.page.getByLabel('Adresse e-mail ou identifiant').fill(login);
    await this.page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Je me connecte' }).click();
    await this.page.getByText(/^Bonjour /).waitFor();
  }

  async openFromHome(name: 'Organisations' | 'Centres de certification'): Promise<void> {
    await this.page.goto(`${this.baseUrl}/admin/`);
    await this.page.getByText(/^Bonjour /).waitFor();
    await this.page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name }).click();
    await this.page.getByRole('heading', { name, level: 1 }).waitFor();
  }

  async createSchool(school: { name: string; uai: string; email: string; provinceCode: string; tag: string }): Promise<void> {
    await this.page.getByRole('link', { name: 'Créer une organisation' }).click();
    await this.page.getByRole('heading', { name: 'Créer une organisation', level: 1 }).waitFor();
    await this.page.getByLabel('Nom', { exact: false }).first().fill(school.name);
    await this.page.getByLabel('Type').selectOption('SCO');
    await this.page.getByLabel(/^UAI/).fill(school.uai);
    await this.page.getByLabel('Adresse e-mail officielle').fill(school.email);
    await this.page.getByLabel('Code du département').fill(school.provinceCode);
    await this.page.getByRole('checkbox', { name: school.tag }).check();
    await auditAccessibility(this.page, 'organisation form filled');
    await this.page.getByRole('button', { name: "Créer l'organisation" }).click();
    await this.page.getByRole('heading', { name: school.name, level: 1 }).waitFor();
  }

  async createCenter(center: { name: string; uai: string }): Promise<void> {
    await this.page.getByRole('link', { name: 'Créer un centre' }).click();
    await this.page.getByRole('heading', { name: 'Créer un centre de certification', level: 1 }).waitFor();
    await this.page.getByLabel('Nom', { exact: false }).first().fill(center.name);
    await this.page.getByLabel('Type').selectOption('SCO');
    await this.page.getByLabel(/^UAI/).fill(center.uai);
    await this.page.getByRole('button', { name: 'Créer le centre' }).click();
    await this.page.getByRole('heading', { name: center.name, level: 1 }).waitFor();
  }

  /** Adds an existing account to the organisation or centre whose page is open. */
  async addMember(email: string, role: 'Administrateur' | 'Membre'): Promise<void> {
    await this.page.getByLabel(/Adresse e-mail du compte/).fill(email);
    await this.page.getByLabel('Rôle', { exact: true }).selectOption({ label: role });
    await this.page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await this.page.getByRole('status').filter({ hasText: `${email} est ajouté·e.` }).waitFor();
    await this.page.getByRole('cell', { name: email }).waitFor();
  }
  /** From the navigation ("Menu principal"). */
  async open(section: 'Utilisateurs' | "Journal d'audit" | 'Contenu' | 'Bac à sable'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: section, exact: true }).click();
    await this.page.getByRole('heading', { name: section, level: 1 }).waitFor();
  }

  async searchUser(words: string): Promise<void> {
    await this.page.getByLabel('Rechercher un compte').fill(words);
    await this.page.getByRole('button', { name: 'Rechercher' }).click();
  }

  /** Does a staff action: its button, then the dialog that asks for the reason. */
  async act(button: string, dialogName: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: dialogName });
    await dialog.waitFor();
    await auditAccessibility(this.page, `${button} dialog`);
    await dialog.getByLabel(/Commentaire \(raison de l'action\)/).fill(reason);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** "Contenu": words to search and a type, then the challenge's page by its reference. */
  async openChallenge(words: string, type: string, reference: string): Promise<void> {
    await this.page.getByLabel('Type', { exact: true }).selectOption({ label: type });
    await this.page.getByLabel('Rechercher dans les épreuves').fill(words);
    await this.page.getByRole('button', { name: 'Rechercher' }).click();
    await this.page.getByRole('link', { name: reference }).click();
    await this.page.getByRole('heading', { name: `Épreuve ${reference}`, level: 1 }).waitFor();
    await auditAccessibility(this.page, `challenge ${reference}`);
  }

  /** "Bac à sable": the type, the solution as in the content files, the tolerances turned off. */
  async writeSandboxSolution(type: string, solution: string, tolerancesOff: string[]): Promise<void> {
    await this.page.getByLabel("Type d'épreuve").selectOption({ label: type });
    await this.page.getByRole('textbox', { name: 'Solution' }).fill(solution);
    for (const tolerance of tolerancesOff) await this.page.getByRole('checkbox', { name: new RegExp(`^${tolerance} `) }).check();
  }

  /** Types an answer in the sandbox's input and checks it; returns the newest result's text. */
  async trySandboxAnswer(label: string, answer: string, count: number): Promise<string> {
    await this.page.getByRole('textbox', { name: label }).fill(answer);
    await this.page.getByRole('button', { name: 'Corriger la réponse' }).click();
    await this.page.getByText(count === 1 ? '1 réponse essayée' : `${count} réponses essayées`).waitFor();
    return (await this.page.getByRole('status').filter({ hasText: `« ${answer} »` }).first().textContent()) ?? '';
  }
}
