// Saves what the API returned (a CSV, an exported set) as a file on the teacher's computer.

export function downloadText(filename: string, text: string, type = "text/csv;charset=utf-8") {
  // The byte-order mark makes Excel read the file as UTF-8, so accented names survive.
  const body = type.startsWith("text/csv") && !text.startsWith("\uFEFF") ? `\uFEFF${text}` : text;
  downloadBlob(filename, new Blob([body], { type }));
}

/** Saves a file exactly as given, byte for byte. */
export function downloadBlob(filename: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Year 10 Current Affairs" → "year-10-current-affairs". */
export function fileSlug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "class"
  );
}
