// Accepted answers of a short-answer (cloze) question in Moodle's files. Moodle's short-answer
// question reads "*" in an accepted answer as a wildcard for any text and "\*" as a star, in Moodle
// XML and GIFT alike; StudyKit's answers are literal, so every star is escaped on the way out.
import { Unsupported } from "./drafts";

/** An accepted answer as Moodle must store it: each "*" a literal star ("\*"). */
export function moodleShortAnswer(answer: string): string {
  return answer.replaceAll("*", "\\*");
}

/**
 * An accepted answer from a Moodle file: "\*" is a star, and an unescaped "*" (a wildcard, which
 * StudyKit does not match) makes the question one StudyKit cannot hold.
 */
export function fromMoodleShortAnswer(answer: string): string {
  if (/(?<!\\)\*/.test(answer))
    throw new Unsupported(
      `the accepted answer "${answer}" uses * as Moodle's wildcard (any text), which StudyKit does not match`,
    );
  return answer.replaceAll("\\*", "*");
}
