/** Pix Admin's users (api/src/user-administration). */
export const userAdministrationFr = {
  errors: {
    userUnknown: "Ce compte n'existe pas.",
    reasonRequired: "Indiquez la raison de cette action (par exemple le numéro du ticket) : elle est gardée dans le journal d'audit.",
    loginMethodNotUsed: "Ce compte n'a pas cette méthode de connexion : actualisez la page.",
    lastLoginMethod: "C'est la dernière méthode de connexion de ce compte : ajoutez-en une autre avant de la supprimer, ou anonymisez le compte.",
    lastIdentifier: "Un compte garde une adresse e-mail ou un identifiant : ajoutez-en un avant de supprimer celui-ci, ou anonymisez le compte.",
    noEmail: "Ce compte n'a pas d'adresse e-mail : aucun e-mail de réinitialisation ne peut lui être envoyé.",
    selfAnonymization: "Vous ne pouvez pas anonymiser votre propre compte : un autre membre de l'équipe doit le faire.",
    staffAnonymization: "Ce compte est celui d'un membre de l'équipe Pix libre : retirez-lui d'abord son rôle, puis anonymisez-le.",
    staffLoginMethods: "Seul un membre SUPER_ADMIN modifie les méthodes de connexion d'un membre de l'équipe Pix libre.",
    alreadyAnonymized: 'Ce compte est déjà anonymisé.',
  },
};
