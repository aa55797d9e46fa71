import { PlayerSkeleton } from "~/components/quiz/quiz-player/player-skeleton";

export default function Loading() {
  return <PlayerSkeleton />;
}
