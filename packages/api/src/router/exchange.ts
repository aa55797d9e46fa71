// Question sets out to the files other tools import (@studykit/formats), and Moodle XML or GIFT
// files in, as the importing teacher's own questions.
import { TRPCError } from "@trpc/server";
import { loadExchangeSet, NothingToImportError, storeImportedQuestions } from "@studykit/db";
import {
  detectImportFormat,
  EXPORT_FORMATS,
  exportCoverage,
  exportSet,
  FormatError,
  importQuestions,
  type ExportFormat,
} from "@studykit/formats";
import { z } from "zod";
import { idSchema, router, teacherProcedure } from "../trpc";
import { notFound, requireOwnSet } from "./access";

/** Largest question file accepted, in bytes of UTF-8. */
export const IMPORT_MAX_BYTES = 1024 * 1024;
const IMPORT_LIMIT_TEXT = "1 MB";
/**
 * Largest request body for exchange.importQuestions: the file travels as a JSON string, whose
 * escapes (at worst six bytes for one) never make it more than six times the file.
 */
export const QUESTION_FILE_MAX_BODY_BYTES = 6 * IMPORT_MAX_BYTES + 4096;

const exportFormatSchema = z.enum(
  EXPORT_FORMATS.map((f) => f.format) as [ExportFormat, ...ExportFormat[]],
);

const badRequest = (message: string): never => {
  throw new TRPCError({ code: "BAD_REQUEST", message });
};

export const exchangeRouter = router({
  /** The formats a set can be exported to, with what each is for. */
  formats: teacherProcedure.query(() => EXPORT_FORMATS.map((f) => ({ ...f }))),

  /** How much of the set each format's file will hold, and what it leaves out, before a download. */
  exportCoverage: teacherProcedure
    .input(z.object({ setId: idSchema }))
    .query(async ({ ctx, input }) => {
      await requireOwnSet(ctx, input.setId);
      const set = (await loadExchangeSet(ctx.db, input.setId)) ?? notFound("question set");
      return exportCoverage(set);
    }),

  /** One set as a file: text formats as text, the others (zip, xlsx) base64-encoded. */
  exportSet: teacherProcedure
    .input(z.object({ setId: idSchema, format: exportFormatSchema }))
    .query(async ({ ctx, input }) => {
      await requireOwnSet(ctx, input.setId);
      const set = (await loadExchangeSet(ctx.db, input.setId)) ?? notFound("question set");
      if (set.questions.length === 0)
        badRequest("this set has no questions to export (are they all disabled in the bank?)");
      let file;
      try {
        file = await exportSet(input.format, set);
      } catch (e) {
        // e.g. Aiken for a set with no multiple-choice question: nothing the format can hold.
        if (e instanceof FormatError) badRequest(e.message);
        throw e;
      }
      const binary = typeof file.body !== "string";
      return {
        format: file.format,
        filename: file.filename,
        mimeType: file.mimeType,
        encoding: binary ? ("base64" as const) : ("text" as const),
        body: binary
          ? Buffer.from(file.body as Uint8Array).toString("base64")
          : (file.body as string),
        skipped: file.skipped,
      };
    }),

  /**
   * A Moodle XML or GIFT file's questions into the bank as the caller's own (accepted) questions,
   * under an article named for the file. The same file again returns what was stored the first
   * time. A file that cannot be read, or holds nothing usable, is refused and stores nothing.
   */
  importQuestions: teacherProcedure
    .input(
      z.object({
        filename: z.string().trim().min(1, "the file has no name").max(255),
        // A bound for the schema only; the limit itself is checked below, in bytes, in one line.
        content: z.string().max(2 * IMPORT_MAX_BYTES),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (Buffer.byteLength(input.content, "utf8") > IMPORT_MAX_BYTES)
        badRequest(`the file is larger than ${IMPORT_LIMIT_TEXT}: split it in two`);
      if (!input.content.trim()) badRequest(`“${input.filename}” is empty`);
      const format = detectImportFormat(input.filename, input.content);
      if (!format)
        badRequest(
          `“${input.filename}” is not a Moodle XML or GIFT file: export the questions from your LMS in one of those formats`,
        );
      try {
        const result = importQuestions(format!, input.content);
        const stored = await storeImportedQuestions(ctx.db, {
          result,
          text: input.content,
          filename: input.filename,
          teacherId: ctx.user.id,
          now: ctx.now(),
        });
        return { format: format!, ...stored };
      } catch (e) {
        if (e instanceof FormatError || e instanceof NothingToImportError) badRequest(e.message);
        throw e;
      }
    }),
});
