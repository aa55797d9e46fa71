// What a list page just did ("Deleted the set …"), above the list until dismissed.
import { Notice } from "./notice";

export function SuccessNotice({
  message,
  onDismiss,
}: {
  /** Nothing is shown while it is null. */
  message: string | null;
  onDismiss: () => void;
}) {
  if (!message) return null;
  return (
    <Notice tone="success" className="mb-4" onDismiss={onDismiss}>
      {message}
    </Notice>
  );
}
