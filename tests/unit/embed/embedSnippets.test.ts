import { describe, expect, it } from "vitest";
import { embedSnippets, embedUrl } from "../../../src/embed/embedSnippets";

const FULL = "https://news.example/globe/index.html?brief=may-2011&step=2";
const TITLE = "Missile defence talks, May 2011";
const LINK = "Missile defence talks, May 2011 (interactive globe)";

describe("embedUrl", () => {
  it("adds embed=1 to the view's address, with or without a query", () => {
    expect(embedUrl(FULL)).toBe("https://news.example/globe/index.html?brief=may-2011&step=2&embed=1");
    expect(embedUrl("https://news.example/globe/")).toBe("https://news.example/globe/?embed=1");
  });
});

describe("embedSnippets without a picture", () => {
  const { iframe, script } = embedSnippets({ fullUrl: FULL, title: TITLE, linkText: LINK });
  it("the iframe: the view with embed=1, titled, 560 px high, with a link for readers without scripts", () => {
    expect(iframe).toBe(
      '<iframe src="https://news.example/globe/index.html?brief=may-2011&amp;step=2&amp;embed=1" title="Missile defence talks, May 2011" width="100%" height="560" style="border:0" loading="lazy"></iframe>\n' +
        '<noscript><a href="https://news.example/globe/index.html?brief=may-2011&amp;step=2">Missile defence talks, May 2011 (interactive globe)</a></noscript>',
    );
  });
  it("the script: a placeholder with the view's query and title around a plain link, and embed.js beside the globe", () => {
    expect(script).toBe(
      '<div data-proposal-globe="?brief=may-2011&amp;step=2" data-title="Missile defence talks, May 2011">' +
        '<a href="https://news.example/globe/index.html?brief=may-2011&amp;step=2">Missile defence talks, May 2011 (interactive globe)</a></div>\n' +
        '<script src="https://news.example/globe/embed.js" async></script>',
    );
  });
  it("the first view, with no query, gives an empty placeholder view", () => {
    expect(embedSnippets({ fullUrl: "https://news.example/globe/", title: TITLE, linkText: LINK }).script).toContain('data-proposal-globe=""');
  });
});

describe("embedSnippets with a picture", () => {
  const { iframe, script } = embedSnippets({ fullUrl: FULL, title: TITLE, linkText: LINK, pictureUrl: "https://news.example/globe/pictures/may-2011-2.png" });
  const img = '<img src="https://news.example/globe/pictures/may-2011-2.png" alt="" style="display:block;max-width:100%;height:auto">';
  it("the iframe's noscript holds the picture inside the link, its text after it", () => {
    expect(iframe.split("\n")[1]).toBe(`<noscript><a href="https://news.example/globe/index.html?brief=may-2011&amp;step=2">${img}Missile defence talks, May 2011 (interactive globe)</a></noscript>`);
  });
  it("the placeholder's link shows the picture only where scripts do not run", () => {
    expect(script.split("\n")[0]).toBe(
      '<div data-proposal-globe="?brief=may-2011&amp;step=2" data-title="Missile defence talks, May 2011">' +
        `<a href="https://news.example/globe/index.html?brief=may-2011&amp;step=2"><noscript>${img}</noscript>Missile defence talks, May 2011 (interactive globe)</a></div>`,
    );
  });
});

describe("embedSnippets escapes what it writes", () => {
  it("quotes, ampersands and angle brackets in titles, texts and addresses", () => {
    const { iframe, script } = embedSnippets({
      fullUrl: 'https://news.example/globe/?brief=a"b<c>',
      title: 'The "talks" <b>&</b>',
      linkText: "A <script>alert(1)</script> & B",
      pictureUrl: 'https://news.example/p.png?"x',
    });
    for (const code of [iframe, script]) {
      expect(code).not.toContain("<b>");
      expect(code).not.toContain("<script>alert");
      expect(code).toContain("The &quot;talks&quot; &lt;b&gt;&amp;&lt;/b&gt;");
      expect(code).toContain("A &lt;script&gt;alert(1)&lt;/script&gt; &amp; B");
      expect(code).toContain('p.png?&quot;x"');
    }
    // The URL parser has already percent-encoded the quote and the brackets of the address.
    expect(script).toContain('data-proposal-globe="?brief=a%22b%3Cc%3E"');
  });
});
