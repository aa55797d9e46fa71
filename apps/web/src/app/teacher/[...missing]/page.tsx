import { notFound } from "next/navigation";

// Unknown addresses under /teacher get the teacher area's not-found page, with its links.
export default function Missing() {
  notFound();
}
