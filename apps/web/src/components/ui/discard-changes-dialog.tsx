"use client";
// "Discard your changes?" when an editor is left with unsaved changes (see useDiscardGuard);
// `children` says what would be lost.
import type { ReactNode } from "react";
import type { DiscardGuard } from "~/hooks/use-discard-guard";
import { ConfirmDialog } from "./confirm-dialog";

export function DiscardChangesDialog({
  guard,
  children,
}: {
  guard: DiscardGuard;
  children: ReactNode;
}) {
  return (
    <ConfirmDialog
      open={guard.asking}
      title="Discard your changes?"
      confirmLabel="Discard changes"
      busy={false}
      onCancel={guard.keep}
      onConfirm={guard.discard}
    >
      {children}
    </ConfirmDialog>
  );
}
