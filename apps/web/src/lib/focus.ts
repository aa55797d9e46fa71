// After a form is refused, take keyboard and screen-reader users to the first field to fix.

export function focusFirstInvalid(root: HTMLElement | null | undefined): void {
  // Wait a frame: the fields are marked invalid by the render this error triggers.
  requestAnimationFrame(() => {
    root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
