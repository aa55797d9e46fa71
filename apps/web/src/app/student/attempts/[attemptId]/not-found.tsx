import { NotFoundPanel } from "~/components/student/not-found-panel";

export default function AttemptNotFound() {
  return (
    <NotFoundPanel what="quiz">
      The link may be mistyped, or the quiz belongs to another account. Your assignments list has
      every quiz you can take or resume.
    </NotFoundPanel>
  );
}
