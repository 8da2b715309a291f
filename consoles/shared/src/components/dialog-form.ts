/**
 * The `sx` of a form that wraps a dialog's title, content and actions. MUI's dialogs scroll their
 * content and keep the title and the actions in view (`scroll="paper"`) only when these are
 * children of the dialog's paper: a form in between must lay them out the same way, or the whole
 * paper scrolls and the actions ("Fermer") leave the screen on a phone.
 */
export const DIALOG_FORM_SX = { display: 'flex', flexDirection: 'column', minHeight: 0, flex: '1 1 auto' } as const;
