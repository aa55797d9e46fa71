// The longest written answers taken, in characters: a blank's missing words, and an open answer.
// Its own entry (@studykit/content/limits) so the quiz page can show it without the NLP behind
// the rest of the package. The API refuses longer answers and the quiz counts as a learner nears
// the limit; neither cuts an answer short.
export const ANSWER_TEXT_LIMIT = { text: 400, self_assessment: 5000 } as const;
