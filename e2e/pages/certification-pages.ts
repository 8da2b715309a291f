import type { Page } from 'playwright-core';

/** Page objects of the certification: the candidate in the learner app, the invigilator and the centre in Pix Certif. */
export class CandidatePages {
  constructor(readonly page: Page, private readonly baseUrl: string) {}

  async logIn(email: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/connexion`);
    await this.page.getByLabel('Adresse e-mail ou identifiant').fill(email);
    await this.page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Je me connecte' }).click();
  }

  /** "J'ai un code" from the navigation, with the access code. */
  async typeAccessCode(code: string): Promise<void> {
    await this.page.getByRole('link', { name: "J'ai un code" }).first().click();
    await this.page.getByLabel('Code du parcours').fill(code);
    await this.page.getByRole('button', { name: 'Accéder au parcours' }).click();
  }

  async fillJoinForm(candidate: { sessionNumber: string; firstName: string; lastName: string; birthdate: string; accessCode?: string }): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Rejoindre une session de certification' }).waitFor();
    const [year, month, day] = candidate.birthdate.split('-');
    await this.page.getByLabel('Numéro de session').fill(candidate.sessionNumber);
    await this.page.getByLabel('Prénom').fill(candidate.firstName);
    await this.page.getByLabel('Nom de naissance').fill(candidate.lastName);
    await this.page.getByLabel('Jour').fill(day);
    await this.page.getByLabel('Mois').fill(month);
    await this.page.getByLabel('Année').fill(year);
    if (candidate.accessCode) await this.page.getByLabel("Code d'accès").fill(candidate.accessCode);
    await this.page.getByRole('button', { name: 'Rejoindre la session' }).click();
  }

  waitingHeading() {
    return this.page.getByRole('heading', { level: 1, name: "En attente de l'autorisation du surveillant" });
  }

  question(number: number, total: number) {
    return this.page.getByRole('heading', { level: 1, name: `Question ${number} sur ${total}` });
  }

  endHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Votre test de certification est terminé' });
  }

  timeLeft() {
    return this.page.getByTestId('certification-time-left');
  }

  async skip(): Promise<void> {
    await this.page.getByRole('button', { name: 'Je passe' }).click();
  }

  async openProblemReport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Signaler un problème' }).click();
  }

  /** In the open "Signaler un problème" dialog: the kind of problem, then "Signaler". */
  async reportProblem(label: string): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: label }).check();
    await dialog.getByRole('button', { name: 'Signaler' }).click();
  }
}

export class InvigilatorPages {
  constructor(readonly page: Page, private readonly baseUrl: string) {}

  async open(sessionNumber: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/certif/connexion`);
    await this.page.getByRole('link', { name: "Accéder à l'espace surveillant" }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Espace surveillant' }).waitFor();
    await this.page.getByLabel('Numéro de session').fill(sessionNumber);
    await this.page.getByLabel('Mot de passe de surveillance').fill(password);
    await this.page.getByRole('button', { name: 'Surveiller la session' }).click();
    await this.page.getByRole('heading', { level: 1, name: `Session ${sessionNumber}` }).waitFor();
  }

  candidate(name: string) {
    return this.page.getByRole('listitem', { name });
  }

  async authorize(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Autoriser ${name}` }).click();
  }

  async endTest(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Terminer le test de ${name}` }).click();
    await this.page.getByRole('dialog', { name: 'Terminer le test ?' }).getByRole('button', { name: 'Terminer le test' }).click();
  }
}
