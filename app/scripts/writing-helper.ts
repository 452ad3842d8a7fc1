// The writing helper, live: the server renders each helper for the text as it was, and this small
// script (no React) redraws it as the person types. It fetches the helper's strings and the
// glossary once, on the first key press, from the same cached locale files the server reads.
// Built on its own by scripts/build-page-scripts.mjs; pages load it with WritingHelper.
import { analyseText, glossaryFromResource, type GlossaryEntry } from "~/modules/readability/readability";

type Strings = Record<string, unknown>;
type Loaded = { strings: Strings; glossary: GlossaryEntry[] };

const loads = new Map<string, Promise<Loaded>>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`locale ${response.status}`);
  return response.json();
}

function load(stringsUrl: string, glossaryUrl: string): Promise<Loaded> {
  const key = `${stringsUrl} ${glossaryUrl}`;
  let loading = loads.get(key);
  if (!loading) {
    loading = Promise.all([fetchJson(stringsUrl), fetchJson(glossaryUrl)]).then(([plan, glossary]) => ({
      strings: ((plan as Strings).helper ?? {}) as Strings,
      glossary: glossaryFromResource(glossary),
    }));
    loads.set(key, loading);
  }
  return loading;
}

/** i18next's `{{name}}` interpolation, for the few strings the helper uses. */
function fill(template: unknown, values: Record<string, string | number>): string {
  return String(template ?? "").replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    String(values[name] ?? ""),
  );
}

/** i18next's plural keys (`key_one`, `key_other`, Welsh's `key_two`, ...) by the language's rules. */
function plural(strings: Strings, key: string, count: number, language: string): string {
  const form = new Intl.PluralRules(language).select(count);
  return fill(strings[`${key}_${form}`] ?? strings[`${key}_other`], { count });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function list(items: string[]) {
  const ul = element("ul", undefined, "list-disc pl-5");
  for (const item of items) ul.append(element("li", item));
  return ul;
}

/** Draws the same markup as components/plan/writing-helper.tsx. */
function draw(helper: HTMLElement, text: string, { strings, glossary }: Loaded, language: string) {
  if (!text.trim()) {
    helper.hidden = true;
    helper.replaceChildren();
    return;
  }
  const report = analyseText(text, glossary);
  const bands = (strings.band ?? {}) as Strings;
  const score = element("p", `${fill(strings.score, { score: Math.round(report.score) })} `);
  score.append(element("strong", String(bands[report.band] ?? "")));
  const parts: HTMLElement[] = [score];
  if (report.longSentences.length > 0) {
    const block = element("div");
    block.append(
      element("p", plural(strings, "longSentences", report.longSentences.length, language)),
      list(report.longSentences),
    );
    parts.push(block);
  }
  if (report.jargon.length > 0) {
    const block = element("div");
    block.append(
      element("p", String(strings.jargon ?? "")),
      list(report.jargon.map((entry) => fill(strings.jargonItem, { term: entry.match, plain: entry.plain }))),
    );
    parts.push(block);
  }
  helper.replaceChildren(...parts);
  helper.hidden = false;
}

function start(helper: HTMLElement) {
  const { field: fieldId, stringsUrl, glossaryUrl } = helper.dataset;
  const field = fieldId ? document.getElementById(fieldId) : null;
  if (!(field instanceof HTMLTextAreaElement) || !stringsUrl || !glossaryUrl) return;
  const language = document.documentElement.lang || "en";
  let pending = 0;
  field.addEventListener("input", () => {
    const turn = ++pending;
    load(stringsUrl, glossaryUrl).then(
      (loaded) => {
        // Only the newest key press draws, however the fetches finish.
        if (turn === pending) draw(helper, field.value, loaded, language);
      },
      // Offline or blocked: the helper keeps what the server drew.
      () => loads.clear(),
    );
  });
}

for (const helper of document.querySelectorAll<HTMLElement>("[data-writing-helper]")) start(helper);
