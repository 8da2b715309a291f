import type { Page } from 'playwright-core';
import { auditAccessibility } from '../support/accessibility';

/** Page object of Pix Orga: what a head of school or a teacher sees and does, by accessible names. */
export class OrgaConsole {
  constructor(readonly page: Page, private readonly baseUrl: string) {}

  async requestActivation(person: { uai: string; firstName: string; lastName: string }): Promise<void> {
    await this.page.goto(`${this.baseUrl}/orga/connexion`);
    await this.page.getByRole('link', { name: 'Activez ou récupérez votre espace' }).first().click();
    await this.page.getByLabel("UAI/RNE de l'établissement").fill(person.uai);
    await this.page.getByLabel('Votre prénom').fill(person.firstName);
    await this.page.getByLabel('Votre nom').fill(person.lastName);
    await this.page.getByRole('button', { name: "Recevoir le lien d'activation" }).click();
  }

  /** Follows the link of the last e-mail sent to `recipient`, from the development outbox. */
  async followMailLink(recipient: string, linkPattern: RegExp): Promise<void> {
    // E-mails leave through the job queue, a moment after the request that sent them: reload until it is there.
    const mail = this.page.locator('article').filter({ hasText: `À : ${recipient}` }).first();
    for (let attempt = 0; ; attempt += 1) {
      await this.page.goto(`${this.baseUrl}/dev/outbox`);
      if ((await mail.count()) > 0 || attempt >= 60) break;
      await this.page.waitForTimeout(250);
    }
    await mail.getByRole('link', { name: linkPattern }).click();
  }

  /** The join page of an invitation, for someone without an account. */
  async signUpToJoin(person: { firstName: string; lastName: string; email: string; password: string }): Promise<void> {
    const form = this.page.locator('form').filter({ has: this.page.getByRole('button', { name: 'Je crée mon compte' }) });
    await form.getByLabel('Prénom').fill(person.firstName);
    await form.getByLabel('Nom', { exact: true }).fill(person.lastName);
    await form.getByLabel('Adresse e-mail', { exact: true }).fill(person.email);
    await form.getByLabel('Mot de passe', { exact: true }).fill(person.password);
    await form.getByRole('checkbox', { name: /J'accepte les conditions d'utilisation/ }).check();
    await form.getByRole('button', { name: 'Je crée mon compte' }).click();
  }

  async openSection(name: 'Accueil' | 'Élèves' | 'Équipe'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { name, level: 1 }).waitFor();
  }

  async importSiecleFile(path: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Importer (SIECLE)' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Importer la base élèves (SIECLE)' });
    await dialog.waitFor();
    await auditAccessibility(this.page, 'SIECLE import dialog');
    await dialog.locator('input[type="file"]').setInputFiles(path);
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
  }

  async inviteMembers(emails: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Inviter un membre' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Inviter un membre' });
    await dialog.waitFor();
    await auditAccessibility(this.page, 'invitation dialog');
    await dialog.getByLabel('Adresses e-mail, séparées par des virgules').fill(emails);
    await dialog.getByRole('button', { name: 'Inviter', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
