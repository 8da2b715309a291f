/** Pix Admin's target profiles (api/src/prescription/target-profile). */
export const targetProfileAdministrationEn = {
  errors: {
    notFound: 'This target profile does not exist: go back to the list of target profiles.',
    categoryUnknown: 'Choose a category from the list.',
    imageUrlInvalid: "The image's address must start with https:// (or http://) and contain no space.",
    noTube: 'Choose at least one tube and its level cap.',
    levelCap: 'The level cap of tube {{tubeId}} must be between 1 and {{max}}.',
    tubeUnknown: 'Tube {{tubeId}} is not (or no longer) in the framework: reload the page and choose another one.',
    tubeTwice: 'Tube {{tubeId}} is chosen twice: keep only one.',
    skillsLost:
      'This target profile is used by a campaign: it cannot lose skills (tubes concerned: {{tubeIds}}). Restore their level, or copy the profile and edit the copy.',
    organizationUnknown: 'No organisation has the id {{ids}}: check the ids you typed.',
    noOrganization: 'Give at least one organisation.',
  },
};
