/** The plain "it is saved" line a form leaves after it redirects (works with JavaScript off). */
export function DoneNotice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="status" className="rounded border-l-4 border-green-700 bg-white p-3 font-bold">
      {text}
    </p>
  );
}
