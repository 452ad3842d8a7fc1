import MarkdownIt, { type Token } from "markdown-it";

// Articles are written by us, but a Markdown file is still text from outside the code: raw
// HTML is off (it comes out as visible text), links only keep safe schemes (markdown-it's
// validateLink refuses javascript:, vbscript:, file: and most data:), and images are not
// part of an article at all.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.disable(["image"]);

const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;
const defaultValidateLink = markdown.validateLink.bind(markdown);
// Only web links, mail, phone and links inside this site; anything else stays plain text.
markdown.validateLink = (url: string) => defaultValidateLink(url) && SAFE_LINK.test(url.trim());

const CAPTION_PREFIX = /^(?:Table|Tabl):\s*/;

/**
 * A paragraph "Table: …" just before a table becomes that table's caption; the first cell of
 * each body row becomes its row header; every header cell gets its scope.
 */
markdown.core.ruler.push("guide_tables", (state) => {
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.type !== "table_open") continue;
    const [open, inline, close] = [tokens[index - 3], tokens[index - 2], tokens[index - 1]];
    if (open?.type === "paragraph_open" && close?.type === "paragraph_close" && inline && CAPTION_PREFIX.test(inline.content)) {
      token.meta = { caption: inline.content.replace(CAPTION_PREFIX, "") };
      tokens.splice(index - 3, 3);
      index -= 3;
    }
  }
  let inBody = false;
  let firstCell = false;
  for (const token of tokens) {
    if (token.type === "tbody_open") inBody = true;
    if (token.type === "tbody_close") inBody = false;
    if (token.type === "tr_open") firstCell = true;
    if (token.type === "th_open") token.attrSet("scope", "col");
    if (inBody && firstCell && (token.type === "td_open" || token.type === "td_close")) {
      token.type = token.type === "td_open" ? "th_open" : "th_close";
      token.tag = "th";
      if (token.type === "th_open") token.attrSet("scope", "row");
      else firstCell = false;
    }
  }
});

markdown.renderer.rules.table_open = (tokens, index, options, env, self) => {
  // Counts tables within one render, so each caption gets its own id.
  const counter = (env ?? {}) as { tables?: number };
  counter.tables = (counter.tables ?? 0) + 1;
  const id = `table-${counter.tables}`;
  const caption = (tokens[index].meta as { caption?: string } | null)?.caption;
  // A wide table scrolls inside its own region on a small phone; the page itself never does.
  const region = caption
    ? `<div class="guide-table" role="region" tabindex="0" aria-labelledby="${id}">`
    : `<div class="guide-table">`;
  const captionHtml = caption ? `<caption id="${id}">${markdown.utils.escapeHtml(caption)}</caption>` : "";
  return `${region}${self.renderToken(tokens, index, options)}${captionHtml}`;
};
markdown.renderer.rules.table_close = (tokens, index, options, _env, self) => `${self.renderToken(tokens, index, options)}</div>`;

/** The article's Markdown as safe HTML, for the server to send. */
export function renderMarkdown(source: string): string {
  return markdown.render(source, {});
}

/**
 * The words a reader reads, one block (paragraph, list item, heading, table cell, caption) per
 * line, so the readability gate and the search see text, not markup.
 */
export function plainTextOf(source: string): string {
  const lines: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === "inline") {
        const text = (token.children ?? [])
          .map((child) => (child.type === "text" || child.type === "code_inline" ? child.content : child.type === "softbreak" ? " " : ""))
          .join("")
          .trim();
        if (text) lines.push(CAPTION_PREFIX.test(text) ? text.replace(CAPTION_PREFIX, "") : text);
      }
    }
  };
  walk(markdown.parse(source, {}));
  return lines.join("\n");
}
