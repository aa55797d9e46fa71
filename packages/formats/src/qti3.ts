import type { ExchangeSet, ExportFile } from "./types";
import { FormatError } from "./types";

export async function exportQti3(_set: ExchangeSet): Promise<ExportFile> {
  throw new FormatError("QTI 3.0 export is not available yet.");
}
