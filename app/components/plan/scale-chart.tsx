import { useTranslation } from "react-i18next";

export type ScalePoint = { personId: string; name: string; score: number; at: string; label: string };

const WIDTH = 320;
const HEIGHT = 200;
const PAD = { left: 28, right: 10, top: 10, bottom: 24 };
// Distinct on white and in greyscale print; the table below carries the same data for screen readers.
const COLOURS = ["#1d4e89", "#b10e1e", "#00703c", "#6f3c97", "#a15c00", "#28a197", "#505a5f", "#d4351c"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "", "6 3", "2 3", "8 3 2 3"];

/**
 * The safety scale over time, one line per person, drawn on the server as SVG. The SVG is
 * hidden from screen readers because the table beside it says the same thing.
 */
export function ScaleChart({ points }: { points: ScalePoint[] }) {
  const { t } = useTranslation("plan");
  if (points.length === 0) return null;
  const times = points.map((point) => Date.parse(point.at));
  const [min, max] = [Math.min(...times), Math.max(...times)];
  const x = (at: string) =>
    max === min
      ? (PAD.left + WIDTH - PAD.right) / 2
      : PAD.left + ((Date.parse(at) - min) / (max - min)) * (WIDTH - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + ((10 - score) / 10) * (HEIGHT - PAD.top - PAD.bottom);
  const people = [...new Map(points.map((point) => [point.personId, point.name])).entries()];

  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full max-w-lg bg-white"
        aria-hidden="true"
        focusable="false"
      >
        {[0, 5, 10].map((score) => (
          <g key={score}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(score)}
              y2={y(score)}
              stroke="#b1b4b6"
              strokeWidth="1"
            />
            <text x={PAD.left - 6} y={y(score) + 4} fontSize="11" textAnchor="end" fill="#0b0c0c">
              {score}
            </text>
          </g>
        ))}
        {people.map(([personId], index) => {
          const mine = points.filter((point) => point.personId === personId);
          const colour = COLOURS[index % COLOURS.length];
          return (
            <g key={personId}>
              <polyline
                points={mine.map((point) => `${x(point.at)},${y(point.score)}`).join(" ")}
                fill="none"
                stroke={colour}
                strokeWidth="2.5"
                strokeDasharray={DASHES[index % DASHES.length]}
              />
              {mine.map((point, pointIndex) => (
                <circle key={pointIndex} cx={x(point.at)} cy={y(point.score)} r="4" fill={colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 text-sm">
          {people.map(([personId, name], index) => (
            <li key={personId} className="flex items-center gap-1">
              <svg width="24" height="8" aria-hidden="true">
                <line
                  x1="0"
                  x2="24"
                  y1="4"
                  y2="4"
                  stroke={COLOURS[index % COLOURS.length]}
                  strokeWidth="3"
                  strokeDasharray={DASHES[index % DASHES.length]}
                />
              </svg>
              <bdi>{name}</bdi>
            </li>
          ))}
        </ul>
        <p className="text-sm text-gray-700">{t("scale.chartCaption")}</p>
      </figcaption>
    </figure>
  );
}
