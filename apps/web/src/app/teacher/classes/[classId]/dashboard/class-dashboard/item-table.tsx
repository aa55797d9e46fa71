// How each question of an assignment performed: facility, discrimination and the wrong options
// chosen, as one card per question on a phone and a table on wider screens.
import { Badge } from "~/components/ui/badge";
import { percent, plural } from "~/components/ui/format";
import { ScrollTable, td, th } from "~/components/ui/scroll-table";
import { QUESTION_TYPE_LABEL } from "~/lib/labels";
import { discriminationWord, wrongOptions } from "./item-stats";
import type { ItemAnalysis } from "./types";

type Item = ItemAnalysis["items"][number];

/** What the table and the phone cards both show for one question. */
function itemCells(item: Item, attempts: number) {
  const wrong = wrongOptions(item.optionCounts, item.correctAnswer);
  const disc = discriminationWord(item.discrimination, attempts);
  return {
    question: (
      <>
        <span className="block">{item.prompt}</span>
        <span className="mt-1 block text-sm text-slate-700">
          {QUESTION_TYPE_LABEL[item.type]} · Answer:{" "}
          <span className="font-medium text-slate-900">{item.correctAnswer}</span>
        </span>
      </>
    ),
    facility: (
      <>
        <span className="font-semibold">{percent(item.facility)}</span>
        {item.facility !== null && item.facility < 0.3 && (
          <span className="mt-1 block">
            <Badge tone="warning">Hard for this class</Badge>
          </span>
        )}
      </>
    ),
    discrimination: (
      <>
        <span className="font-semibold">
          {item.discrimination === null ? "—" : item.discrimination.toFixed(2)}
        </span>
        <span className="mt-1 block">
          <Badge tone={disc.tone}>{disc.word}</Badge>
        </span>
      </>
    ),
    wrong:
      item.type === "cloze" || item.type === "open" || item.type === "matching" ? (
        <span className="text-sm text-slate-700">Typed or paired answers: not counted</span>
      ) : wrong.length === 0 ? (
        <span className="text-sm text-slate-700">None</span>
      ) : (
        <ul className="space-y-0.5 text-sm">
          {wrong.map(([option, count]) => (
            <li key={option}>
              {option}{" "}
              <span className="whitespace-nowrap text-slate-700">— {plural(count, "student")}</span>
            </li>
          ))}
        </ul>
      ),
  };
}

export function ItemTable({ ia }: { ia: ItemAnalysis }) {
  const rows = ia.items.map((item) => ({ item, cells: itemCells(item, ia.attempts) }));
  return (
    <>
      {/* A phone gets one card per question; wider screens get the table. */}
      <ol className="space-y-3 sm:hidden" aria-label={`Item analysis for ${ia.title}`}>
        {rows.map(({ item, cells }, i) => (
          <li key={item.questionId} className="rounded border border-slate-200 p-3">
            <p className="text-sm font-semibold text-slate-700">Question {i + 1}</p>
            <div className="mt-1">{cells.question}</div>
            <dl className="mt-2 grid grid-cols-2 gap-2">
              <div>
                <dt className="text-sm text-slate-700">Facility</dt>
                <dd>{cells.facility}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-700">Discrimination</dt>
                <dd>{cells.discrimination}</dd>
              </div>
              <div className="col-span-2">
                <dt className="text-sm text-slate-700">Wrong options chosen</dt>
                <dd>{cells.wrong}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
      <div className="hidden sm:block">
        <ScrollTable label={`Item analysis for ${ia.title}`}>
          <table className="w-full min-w-[44rem] text-left">
            <caption className="sr-only">
              Facility, discrimination and wrong options chosen for each question of {ia.title}
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={th}>
                  #
                </th>
                <th scope="col" className={`${th} w-[40%]`}>
                  Question
                </th>
                <th scope="col" className={th}>
                  Facility
                </th>
                <th scope="col" className={th}>
                  Discrimination
                </th>
                <th scope="col" className={th}>
                  Wrong options chosen
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ item, cells }, i) => (
                <tr key={item.questionId} className="border-b border-slate-100">
                  <td className={`${td} text-slate-700`}>{i + 1}</td>
                  <th scope="row" className={`${td} font-normal`}>
                    {cells.question}
                  </th>
                  <td className={td}>{cells.facility}</td>
                  <td className={td}>{cells.discrimination}</td>
                  <td className={td}>{cells.wrong}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </div>
    </>
  );
}
