import { notFound } from "~/utils/http.server";

// Any address we do not know: the plain-language 404 page from the root error boundary.
export async function loader() {
  throw notFound();
}

export async function action() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
