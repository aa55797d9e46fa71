import { NotFoundPanel } from "~/components/student/not-found-panel";

export default function StudentNotFound() {
  return <NotFoundPanel what="page" />;
}
