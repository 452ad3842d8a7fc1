import { readdirSync, readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { supportedLanguages } from "~/i18n";
import { ensureNationalDirectory } from "~/modules/directory/directory.server";
import {
  getArticle,
  listArticles,
  parseArticle,
  parseFrontMatter,
  searchArticles,
} from "~/modules/guide/articles.server";
import { plainTextOf, renderMarkdown } from "~/modules/guide/markdown.server";
import { articleForMeetingType, guideTopics } from "~/modules/guide/topics";
import { loader as indexLoader } from "~/routes/help_.guide._index";
import { loader as articleLoader } from "~/routes/help_.guide.$slug";

const slugsIn = (language: string) =>
  readdirSync(`content/guide/${language}`)
    .filter((file) => file.endsWith(".md"))
    .map((file) => file.replace(/\.md$/, ""))
    .sort();

// Tags and attributes our renderer may produce. Anything else in the output (a <script>, an
// <img>, an on* handler, a style) means Markdown got HTML through.
const ALLOWED_TAGS = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "p",
  "ul",
  "ol",
  "li",
  "strong",
  "em",
  "a",
  "code",
  "pre",
  "blockquote",
  "hr",
  "br",
  "div",
  "table",
  "caption",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "dl",
  "dt",
  "dd",
]);
const ALLOWED_ATTRIBUTES = new Set([
  "href",
  "class",
  "role",
  "tabindex",
  "aria-labelledby",
  "id",
  "scope",
  "start",
]);

function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  for (const tag of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [whole, name, rest] = tag;
    if (!ALLOWED_TAGS.has(name.toLowerCase())) problems.push(`tag: ${whole}`);
    for (const attribute of rest.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      const [, attributeName, value] = attribute;
      if (!ALLOWED_ATTRIBUTES.has(attributeName.toLowerCase())) problems.push(`attribute: ${whole}`);
      if (attributeName === "href" && !/^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i.test(value ?? ""))
        problems.push(`link: ${whole}`);
    }
  }
  return problems;
}

describe("article Markdown cannot inject HTML or script", () => {
  const attacks = [
    "<script>alert(1)</script>",
    "Hello <script>alert(1)</script> there",
    '<img src="x" onerror="alert(1)">',
    "<IMG SRC=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">link</a>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<!-- comment --><iframe src="https://evil.example"></iframe>',
    "[click me](javascript:alert(1))",
    "[click me](JaVaScRiPt:alert(1))",
    "[click me](  javascript:alert(1))",
    "[click me](jav&#x61;script:alert(1))",
    "[click me](java\tscript:alert(1))",
    "[click me](vbscript:msgbox(1))",
    "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click me](//evil.example/path)",
    "[click me][ref]\n\n[ref]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "![picture](javascript:alert(1))",
    '![picture](https://evil.example/x.png "x" onerror="alert(1)")',
    "Table: <script>alert(1)</script>\n\n| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
  ];

  it.each(attacks)("%s comes out inert", (source) => {
    const html = renderMarkdown(source);
    expect(unsafeParts(html), html).toEqual([]);
    expect(html).not.toMatch(/<script|<img|<iframe|href="javascript:|href="data:|href="vbscript:/i);
  });

  it("shows raw HTML as visible text rather than dropping what the writer typed", () => {
    expect(renderMarkdown("<script>alert(1)</script>")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("keeps safe links working", () => {
    const html = renderMarkdown("[Guide](/help/guide) [Web](https://www.gov.uk/) [Call](tel:08088010366)");
    expect(html).toContain('<a href="/help/guide">Guide</a>');
    expect(html).toContain('<a href="https://www.gov.uk/">Web</a>');
    expect(html).toContain('<a href="tel:08088010366">Call</a>');
  });

  it("through the whole article pipeline too", () => {
    const article = parseArticle(
      "---\ntitle: T\nsummary: S\ntopic: plan\norder: 1\nreviewed: 2026-11-25\nrelated: []\n---\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n",
      "test-article",
    );
    expect(unsafeParts(article.html)).toEqual([]);
    expect(article.html).not.toContain("<script");
  });
});

describe("tables", () => {
  const html = renderMarkdown(
    "Table: Options compared\n\n| | One | Two |\n|---|---|---|\n| Money | Yes | No |\n| Help | Some | All |\n",
  );

  it("get the caption, column and row headers, and a scrolling region named by the caption", () => {
    expect(html).toContain(
      '<div class="guide-table" role="region" tabindex="0" aria-labelledby="table-1"><table>',
    );
    expect(html).toContain('<caption id="table-1">Options compared</caption>');
    expect(html).toContain('<th scope="col">One</th>');
    expect(html).toContain('<th scope="row">Money</th>');
    expect(html).toContain("<td>Yes</td>");
    expect(html).not.toContain("Table:");
    expect(html).toMatch(/<\/table>\s*<\/div>/);
  });

  it("the kinship comparison has its caption and headers, in both languages", () => {
    for (const language of supportedLanguages) {
      const article = getArticle(language, "kinship-care-options")!;
      expect(article.html).toMatch(/<caption id="table-1">[^<]+<\/caption>/);
      expect(article.html.match(/<th scope="col">/g)?.length).toBe(5);
      expect(article.html.match(/<th scope="row">/g)?.length).toBe(5);
    }
  });
});

describe("tables on a phone", () => {
  const html = renderMarkdown(
    "Table: Options compared\n\n| | One | Two |\n|---|---|---|\n| Money | **Yes** | No |\n| Help | Some | All |\n",
  );

  it("come again as one card per option, each row a term and its value, named by the caption", () => {
    expect(html).toContain(
      '<div class="guide-cards" role="group" aria-labelledby="cards-1"><p class="guide-cards-caption" id="cards-1">Options compared</p>',
    );
    expect(html).toContain(
      '<div class="guide-card"><h3>One</h3><dl><dt>Money</dt><dd><strong>Yes</strong></dd><dt>Help</dt><dd>Some</dd></dl></div>',
    );
    expect(html).toContain(
      '<div class="guide-card"><h3>Two</h3><dl><dt>Money</dt><dd>No</dd><dt>Help</dt><dd>All</dd></dl></div>',
    );
  });

  it("give the kinship comparison one card for each of the four options, in both languages", () => {
    for (const language of supportedLanguages) {
      const cards = getArticle(language, "kinship-care-options")!.html.match(/<div class="guide-card"><h3>/g);
      expect(cards?.length).toBe(4);
    }
  });
});

describe("phone numbers in articles", () => {
  it("become tap-to-call links that keep the number on one line", () => {
    const html = renderMarkdown(
      "Call 0808 801 0366 now. Or 0808 2000 247, or 999, or NHS 111, or Samaritans on 116 123.\n",
    );
    expect(html).toContain('<a href="tel:08088010366" class="phone-link">0808 801 0366</a> now.');
    expect(html).toContain('<a href="tel:08082000247" class="phone-link">0808 2000 247</a>,');
    expect(html).toContain('<a href="tel:999" class="phone-link">999</a>');
    expect(html).toContain('NHS <a href="tel:111" class="phone-link">111</a>');
    expect(html).toContain('<a href="tel:116123" class="phone-link">116 123</a>.');
  });

  it("leave years, short numbers and numbers inside links alone", () => {
    const html = renderMarkdown(
      "In 2026, press 55. Wait 28 days. [Ring 0808 801 0366](/help). Code 12345678901.\n",
    );
    expect(html).not.toContain("tel:");
  });

  it("are links in every article that has one, in both languages", () => {
    for (const language of supportedLanguages) {
      expect(getArticle(language, "kinship-care-options")!.html).toContain(
        '<a href="tel:08088010366" class="phone-link">0808 801 0366</a>',
      );
      expect(getArticle(language, "covering-your-tracks")!.html).toContain(
        '<a href="tel:999" class="phone-link">999</a>',
      );
    }
  });
});

describe("plain text of an article", () => {
  it("is the words only, one block a line", () => {
    expect(plainTextOf("## A heading\n\nSome **bold** and [a link](/x).\n\n- one\n- two\n")).toBe(
      "A heading\nSome bold and a link.\none\ntwo",
    );
  });
});

describe("front matter", () => {
  it("reads key: value lines and [a, b] lists", () => {
    expect(parseFrontMatter("---\ntitle: A: b\nrelated: [x, y-z]\n---\nBody").data).toEqual({
      title: "A: b",
      related: ["x", "y-z"],
    });
  });

  it("refuses an article with a field missing, an unknown field or a bad date", () => {
    const base = "title: T\nsummary: S\ntopic: plan\norder: 1\nreviewed: 2026-11-25\nrelated: []";
    expect(() => parseArticle(`---\n${base.replace("summary: S\n", "")}\n---\nx`, "a")).toThrow(/summary/);
    expect(() => parseArticle(`---\n${base}\nextra: 1\n---\nx`, "a")).toThrow(/extra|Unrecognized/i);
    expect(() => parseArticle(`---\n${base.replace("2026-11-25", "25/11/2026")}\n---\nx`, "a")).toThrow(
      /reviewed/,
    );
    expect(() => parseArticle("no front matter", "a")).toThrow(/front matter/);
  });

  it("refuses a related service the national directory does not have", () => {
    const base = "title: T\nsummary: S\ntopic: plan\norder: 1\nreviewed: 2026-11-25";
    expect(parseArticle(`---\n${base}\nrelated: [national-frg-advice-line]\n---\nx`, "a").related).toEqual([
      "national-frg-advice-line",
    ]);
    expect(() => parseArticle(`---\n${base}\nrelated: [kinship-advice-line]\n---\nx`, "a")).toThrow(
      /related/,
    );
  });
});

describe("the library", () => {
  const english = slugsIn("en");

  it("has every article the issue asks for", () => {
    expect(english).toEqual(
      expect.arrayContaining([
        "child-protection-plan",
        "child-in-need-and-child-protection",
        "child-protection-conference",
        "conference-chair-and-iro",
        "core-groups",
        "how-to-disagree",
        "solicitor-advocate-interpreter",
        "family-group-conferences",
        "safety-network",
        "kinship-care-options",
        "money-for-kinship-carers",
        "baby-withdrawing",
        "contact-visits",
        "diary-for-the-child",
        "moving-home-after-treatment",
        "covering-your-tracks",
      ]),
    );
  });

  it.each(supportedLanguages.filter((language) => language !== "en"))(
    "%s has every English article, with the same slug, and no others",
    (language) => {
      expect(slugsIn(language)).toEqual(english);
    },
  );

  it.each(english)(
    "%s has the same front matter fields in every language, and the same topic, order, date and related entries",
    (slug) => {
      const fieldsOf = (language: string) =>
        parseFrontMatter(readFileSync(`content/guide/${language}/${slug}.md`, "utf8")).data;
      const englishFields = fieldsOf("en");
      for (const language of supportedLanguages) {
        const fields = fieldsOf(language);
        expect(Object.keys(fields).sort()).toEqual(Object.keys(englishFields).sort());
        for (const shared of ["topic", "order", "reviewed", "related"])
          expect(fields[shared], `${language}:${slug}:${shared}`).toEqual(englishFields[shared]);
        const article = getArticle(language, slug)!;
        expect(article.title).not.toBe("");
        expect(article.text.split(/\s+/).length, `${language}:${slug} length`).toBeGreaterThan(200);
        expect(unsafeParts(article.html), `${language}:${slug}`).toEqual([]);
      }
    },
  );

  // Each file in app/routes as a pattern: "help_.guide.$slug.tsx" → /help/guide/[^/]+
  const routePatterns = readdirSync("app/routes")
    .filter((file) => file.endsWith(".tsx") && file !== "$.tsx")
    .map((file) => {
      const segments = file
        .replace(/\.tsx$/, "")
        .split(".")
        .filter((segment) => segment !== "_index" && !segment.startsWith("_"))
        .map((segment) => (segment.startsWith("$") ? "[^/]+" : segment.replace(/_$/, "")));
      return new RegExp(`^/${segments.join("/")}/?$`);
    });

  it.each(supportedLanguages)("%s: every link inside the site goes to a real article or page", (language) => {
    const broken: string[] = [];
    let internal = 0;
    for (const { slug } of listArticles(language)) {
      for (const link of getArticle(language, slug)!.links) {
        if (!link.startsWith("/")) continue;
        internal += 1;
        const path = link.split(/[?#]/)[0];
        const article = /^\/help\/guide\/([^/]+)$/.exec(path);
        const ok = article
          ? getArticle(language, article[1])?.slug === article[1]
          : routePatterns.some((pattern) => pattern.test(path));
        if (!ok) broken.push(`${slug}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
    expect(internal).toBeGreaterThan(0);
  });

  it("links the pages the articles mention", () => {
    for (const language of supportedLanguages) {
      expect(getArticle(language, "money-for-kinship-carers")!.links).toContain(
        "/help/guide/kinship-care-options",
      );
      expect(getArticle(language, "moving-home-after-treatment")!.links).toContain(
        "/directory?category=housing",
      );
    }
    expect(routePatterns.some((pattern) => pattern.test("/nowhere"))).toBe(false);
  });

  it("is listed in order, with every topic used", () => {
    const articles = listArticles("en");
    expect(articles.map((article) => article.order)).toEqual(
      [...articles.map((article) => article.order)].sort((a, b) => a - b),
    );
    for (const topic of guideTopics)
      expect(
        articles.some((article) => article.topic === topic),
        topic,
      ).toBe(true);
    expect(new Set(articles.map((article) => article.order)).size).toBe(articles.length);
  });

  it("falls back to English for an unknown language, and has no article for an unknown slug", () => {
    expect(listArticles("fr").map((article) => article.slug)).toEqual(
      listArticles("en").map((article) => article.slug),
    );
    expect(getArticle("en", "no-such-article")).toBeNull();
    expect(getArticle("en", "../../package")).toBeNull();
  });
});

describe("search", () => {
  it("finds by words in the title first, then the text", () => {
    expect(searchArticles("en", "money")[0].slug).toBe("money-for-kinship-carers");
    expect(searchArticles("en", "special guardianship").map((article) => article.slug)).toContain(
      "kinship-care-options",
    );
    expect(searchArticles("en", "minutes").map((article) => article.slug)).toContain("how-to-disagree");
  });

  it("needs every word, ignores case and punctuation, and finds nothing for nonsense", () => {
    expect(searchArticles("en", "MONEY!!")[0].slug).toBe("money-for-kinship-carers");
    expect(searchArticles("en", "money xylophone")).toEqual([]);
    expect(searchArticles("en", "   ")).toEqual([]);
  });

  it("works in Welsh, with or without accents", () => {
    expect(searchArticles("cy", "arian")[0].slug).toBe("money-for-kinship-carers");
    expect(searchArticles("cy", "grwp craidd")[0].slug).toBe("core-groups");
  });
});

describe("the guide's pages", () => {
  it("search with a GET query, and keep what was typed", async () => {
    const data = (await indexLoader({
      request: new Request("http://localhost/help/guide?q=money"),
      params: {},
      context: {},
    })) as {
      query: string;
      results: { slug: string }[];
    };
    expect(data.query).toBe("money");
    expect(data.results[0].slug).toBe("money-for-kinship-carers");
  });

  it("refuse a search that is too long, without an error page", async () => {
    const data = (await indexLoader({
      request: new Request(`http://localhost/help/guide?q=${"a".repeat(101)}`),
      params: {},
      context: {},
    })) as {
      tooLong: boolean;
      results: unknown;
    };
    expect(data.tooLong).toBe(true);
    expect(data.results).toBeNull();
  });

  it("show an article by slug, in the reader's language, and 404 for an unknown one", async () => {
    await ensureNationalDirectory();
    const welsh = (await articleLoader({
      request: new Request("http://localhost/help/guide/core-groups", {
        headers: { "Accept-Language": "cy" },
      }),
      params: { slug: "core-groups" },
      context: {},
    })) as { title: string; html: string };
    expect(welsh.title).toBe("Grwpiau craidd");
    // The related services come from the national list, as cards in the reader's language.
    expect(
      (welsh as unknown as { services: { name: string; phones: { href: string }[] }[] }).services,
    ).toEqual([
      expect.objectContaining({
        name: "Llinell gyngor Family Rights Group",
        phones: [expect.objectContaining({ href: "tel:08088010366" })],
      }),
    ]);
    await expect(
      articleLoader({
        request: new Request("http://localhost/help/guide/nope"),
        params: { slug: "nope" },
        context: {},
      }),
    ).toBeNotFound();
  });
});

describe("meetings link to their explainer", () => {
  it.each([
    ["INITIAL_CONFERENCE", "child-protection-conference"],
    ["review-conference", "child-protection-conference"],
    ["Core group", "core-groups"],
    ["FAMILY_GROUP_CONFERENCE", "family-group-conferences"],
    ["FAMILY_NETWORK_MEETING", "safety-network"],
  ])("%s → %s, an article that exists in every language", (type, slug) => {
    expect(articleForMeetingType(type)).toBe(slug);
    for (const language of supportedLanguages) expect(getArticle(language, slug)).not.toBeNull();
  });

  it("gives null for a meeting without an explainer", () => {
    expect(articleForMeetingType("PRE_PROCEEDINGS")).toBeNull();
    expect(articleForMeetingType("toString")).toBeNull();
  });
});
