import { notFound } from "next/navigation";

// Any other address under /student: the student area's own not-found page, with next steps.
export default function MissingStudentPage() {
  notFound();
}
