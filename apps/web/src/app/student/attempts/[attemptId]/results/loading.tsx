import { ResultsSkeleton } from "~/components/quiz/attempt-results";

export default function Loading() {
  return <ResultsSkeleton />;
}
