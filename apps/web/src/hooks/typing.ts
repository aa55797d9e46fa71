// The one rule for "is the user typing?": keyboard shortcuts stand aside while a key would
// type into a field, and only then. A focused radio, checkbox or button does not type.

/** Input types a key press does not type into. */
const NON_TEXT_INPUTS = new Set([
  "radio",
  "checkbox",
  "button",
  "submit",
  "reset",
  "image",
  "range",
  "color",
  "file",
]);

/** The parts of an element the rule looks at (an HTMLElement has them all). */
export interface KeyTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Whether a key pressed on this element types into it. */
export function typesText(el: KeyTarget): boolean {
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !NON_TEXT_INPUTS.has((el.type ?? "text").toLowerCase());
}

/** Whether a key event's target is a field being typed into (or inside a rich-text one). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  return typesText(target) || target.closest("textarea, select, [contenteditable='true']") !== null;
}
