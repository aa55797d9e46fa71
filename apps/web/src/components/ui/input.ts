// The look of a text field, select or textarea; invalid fields get a red border.
export const inputClass =
  "w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";
