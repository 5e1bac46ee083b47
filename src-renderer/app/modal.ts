// Keeps a native <dialog> in step with a state flag: shown as a modal (focus trapped, Esc closes) when the
// flag turns on, closed when it turns off. `onOpen` runs just before it is shown.
export function syncModal(dialog: HTMLDialogElement | null, open: boolean, onOpen?: () => void): void {
  if (!dialog) return;
  if (open && !dialog.open) {
    onOpen?.();
    dialog.showModal();
  } else if (!open && dialog.open) {
    dialog.close();
  }
}
