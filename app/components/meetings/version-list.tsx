import { isolatedName } from "~/components/isolated-name";

/** "Earlier versions" of something saved as versions: who saved each one, and when. */
export function VersionList({
  summary,
  line,
  versions,
}: {
  summary: string;
  /** The sentence for one version, given the saver's name already isolated for bidi text. */
  line: (version: { version: number; at: string }, name: string) => string;
  versions: { version: number; at: string; by: string }[];
}) {
  if (versions.length === 0) return null;
  return (
    <details>
      <summary>{summary}</summary>
      <ul className="list-disc pl-6">
        {versions.map((version) => (
          <li key={version.version}>{isolatedName((name) => line(version, name), version.by)}</li>
        ))}
      </ul>
    </details>
  );
}
