import MarkdownIt, { type Env, type MarkdownItOptions, type Renderer, type Token } from "markdown-it";

import { phoneNumbersIn } from "~/utils/phone";

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

/**
 * Every UK phone number in an article's text becomes a tap-to-call link that never breaks
 * across lines, so writers type numbers as they are said ("0808 801 0366", "999").
 */
markdown.core.ruler.push("phone_links", (state) => {
  for (const block of state.tokens) {
    if (block.type !== "inline" || !block.children) continue;
    const children: Token[] = [];
    let inLink = 0;
    for (const child of block.children) {
      if (child.type === "link_open") inLink += 1;
      if (child.type === "link_close") inLink -= 1;
      const found = child.type === "text" && inLink === 0 ? phoneNumbersIn(child.content) : [];
      if (found.length === 0) {
        children.push(child);
        continue;
      }
      let at = 0;
      const text = (content: string) => Object.assign(new state.Token("text", "", 0), { content });
      for (const phone of found) {
        if (phone.start > at) children.push(text(child.content.slice(at, phone.start)));
        const open = new state.Token("link_open", "a", 1);
        open.attrs = [
          ["href", phone.href],
          ["class", "phone-link"],
        ];
        children.push(open, text(phone.number), new state.Token("link_close", "a", -1));
        at = phone.end;
      }
      if (at < child.content.length) children.push(text(child.content.slice(at)));
    }
    block.children = children;
  }
});

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
    if (
      open?.type === "paragraph_open" &&
      close?.type === "paragraph_close" &&
      inline &&
      CAPTION_PREFIX.test(inline.content)
    ) {
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
/**
 * The same table again as one card per column (one option per card, each row a term and its
 * value), for phones: a four-option comparison cannot be read 360 px wide. CSS shows either
 * the table or the cards, never both, so a screen reader meets the content once.
 */
function tableAsCards(
  tokens: Token[],
  closeIndex: number,
  options: Required<MarkdownItOptions>,
  env: Env,
  self: Renderer,
): string {
  let openIndex = closeIndex;
  while (openIndex > 0 && tokens[openIndex].type !== "table_open") openIndex--;
  const rows: string[][] = [];
  for (let index = openIndex; index < closeIndex; index++) {
    const token = tokens[index];
    if (token.type === "tr_open") rows.push([]);
    if ((token.type === "th_open" || token.type === "td_open") && tokens[index + 1]?.type === "inline") {
      rows[rows.length - 1]?.push(self.renderInline(tokens[index + 1].children ?? [], options, env));
    }
  }
  const [header, ...body] = rows;
  if (!header || header.length < 2 || body.length === 0) return "";
  const caption = (tokens[openIndex].meta as { caption?: string } | null)?.caption;
  const counter = env as { tables?: number };
  const id = `cards-${counter.tables ?? 0}`;
  const cards = header.slice(1).map((option, column) => {
    const terms = body.map((row) => `<dt>${row[0] ?? ""}</dt><dd>${row[column + 1] ?? ""}</dd>`).join("");
    return `<div class="guide-card"><h3>${option}</h3><dl>${terms}</dl></div>`;
  });
  const label = caption
    ? `<p class="guide-cards-caption" id="${id}">${markdown.utils.escapeHtml(caption)}</p>`
    : "";
  return `<div class="guide-cards"${caption ? ` role="group" aria-labelledby="${id}"` : ""}>${label}${cards.join("")}</div>`;
}

markdown.renderer.rules.table_close = (tokens, index, options, env, self) =>
  `${self.renderToken(tokens, index, options)}</div>${tableAsCards(tokens, index, options, env ?? {}, self)}`;

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
          .map((child) =>
            child.type === "text" || child.type === "code_inline"
              ? child.content
              : child.type === "softbreak"
                ? " "
                : "",
          )
          .join("")
          .trim();
        if (text) lines.push(CAPTION_PREFIX.test(text) ? text.replace(CAPTION_PREFIX, "") : text);
      }
    }
  };
  walk(markdown.parse(source, {}));
  return lines.join("\n");
}

/** Every link an article's writer made (not the phone links the renderer adds), in order. */
export function linksOf(source: string): string[] {
  const links: string[] = [];
  for (const block of markdown.parse(source, {})) {
    for (const child of block.children ?? []) {
      const href = child.type === "link_open" ? child.attrGet("href") : null;
      if (typeof href === "string" && !href.startsWith("tel:")) links.push(href);
    }
  }
  return links;
}
