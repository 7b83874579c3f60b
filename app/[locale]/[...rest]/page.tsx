import { notFound } from "next/navigation";

// Any address under a language that no page answers: the translated "not found" page.
export default function UnknownPage() {
  notFound();
}
