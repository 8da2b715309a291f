// The confirmation dialog is shared by the consoles (consoles/shared).
export { ConfirmDialog, type ConfirmDialogProps } from '@pix-libre/ui-shared';
