"use client";
// The "assign a set" dialog: which set (or class), a title, when it opens and is due, how many
// attempts, shuffling, and when students see feedback. The API's field errors show beside each
// field. What was typed survives closing the dialog, until the assignment is made.
import { useState } from "react";
import { Dialog } from "~/components/ui/dialog";
import { AssignForm } from "./assign-form";

export interface Assigned {
  id: string;
  title: string;
  classId: string;
  opensAt: Date;
  dueAt: Date | null;
}

export function AssignDialog({
  open,
  onClose,
  onAssigned,
  classId,
  setId,
  title = "Assign a set",
}: {
  open: boolean;
  onClose: () => void;
  onAssigned: (assigned: Assigned) => void;
  /** The class to assign to; when absent the teacher picks one. */
  classId?: string;
  /** The set to assign; when absent the teacher picks one. */
  setId?: string;
  title?: string;
}) {
  // The form mounts at the first opening (in the browser, so its default dates are the
  // teacher's), then stays mounted so closing keeps what was typed.
  const [mounted, setMounted] = useState(false);
  const [generation, setGeneration] = useState(0);
  if (open && !mounted) setMounted(true);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      size="lg"
      description="Students see it on their home page from the opening time."
    >
      {mounted && (
        <AssignForm
          key={generation}
          classId={classId}
          setId={setId}
          onCancel={onClose}
          onAssigned={(a) => {
            setGeneration((g) => g + 1);
            onAssigned(a);
          }}
        />
      )}
    </Dialog>
  );
}
