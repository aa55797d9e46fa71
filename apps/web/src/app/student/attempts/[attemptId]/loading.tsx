import { PlayerSkeleton } from "~/components/quiz/quiz-player";

export default function Loading() {
  return <PlayerSkeleton />;
}
