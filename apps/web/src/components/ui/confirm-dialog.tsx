"use client";
// "Are you sure?" for actions a teacher would regret: Cancel has focus, so Enter does no harm.
import type { ReactNode } from "react";
import { Dialog } from "./dialog";
import { buttonClass } from "./button";
import { Notice } from "./notice";

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
  tone = "danger",
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  tone?: "danger" | "primary";
}) {
  return (
    <Dialog open={open} onClose={onCancel} title={title} size="sm" description={children}>
      {error && (
        <div className="mb-3">
          <Notice tone="error">{error}</Notice>
        </div>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <button
          type="button"
          data-autofocus
          className={buttonClass("secondary")}
          onClick={onCancel}
        >
          Cancel
        </button>
        <button
          type="button"
          className={buttonClass(tone === "danger" ? "danger" : "primary")}
          disabled={busy}
          aria-busy={busy}
          onClick={onConfirm}
        >
          {busy ? "Please wait…" : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
