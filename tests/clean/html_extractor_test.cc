// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/html_extractor.h"

#include <iconv.h>

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace khabar {
namespace {

// Arabic strings as \u escapes (sources stay ASCII).
constexpr char kTitle[] =
    "\u0627\u0644\u062D\u0643\u0648\u0645\u0629 \u062A\u0639\u0644\u0646 "
    "\u062E\u0637\u0629 \u062C\u062F\u064A\u062F\u0629 "
    "\u0644\u0644\u0646\u0642\u0644 \u0627\u0644\u0639\u0627\u0645";
constexpr char kPara1[] =
    "\u0623\u0639\u0644\u0646\u062A \u0627\u0644\u062D\u0643\u0648\u0645\u0629 "
    "\u0627\u0644\u064A\u0648\u0645 \u0639\u0646 \u062E\u0637\u0629 "
    "\u062C\u062F\u064A\u062F\u0629 \u0644\u062A\u0637\u0648\u064A\u0631 "
    "\u0634\u0628\u0643\u0629 \u0627\u0644\u0646\u0642\u0644 "
    "\u0627\u0644\u0639\u0627\u0645 \u0641\u064A "
    "\u0627\u0644\u0639\u0627\u0635\u0645\u0629\u060C \u062A\u0634\u0645\u0644 "
    "\u062E\u0637\u0648\u0637 \u062D\u0627\u0641\u0644\u0627\u062A "
    "\u0648\u0642\u0637\u0627\u0631\u0627\u062A "
    "\u062D\u062F\u064A\u062B\u0629.";
constexpr char kPara2[] =
    "\u0648\u0642\u0627\u0644 \u0648\u0632\u064A\u0631 "
    "\u0627\u0644\u0646\u0642\u0644 \u0625\u0646 "
    "\u0627\u0644\u0645\u0634\u0631\u0648\u0639 \u0633\u064A\u0628\u062F\u0623 "
    "\u0641\u064A \u0627\u0644\u0631\u0628\u064A\u0639 "
    "\u0627\u0644\u0645\u0642\u0628\u0644\u060C "
    "\u0648\u0633\u064A\u0633\u062A\u0645\u0631 \u062B\u0644\u0627\u062B "
    "\u0633\u0646\u0648\u0627\u062A \u0628\u062A\u0643\u0644\u0641\u0629 "
    "\u062A\u0642\u0627\u0631\u0628 \u0645\u0644\u064A\u0627\u0631 "
    "\u062F\u0648\u0644\u0627\u0631.";
constexpr char kPara3[] =
    "\u0648\u064A\u0623\u0645\u0644 \u0627\u0644\u0633\u0643\u0627\u0646 "
    "\u0623\u0646 \u062A\u062E\u0641\u0641 \u0627\u0644\u062E\u0637\u0629 "
    "\u0645\u0646 \u0627\u0644\u0627\u0632\u062F\u062D\u0627\u0645 "
    "\u0627\u0644\u0645\u0631\u0648\u0631\u064A \u0627\u0644\u0630\u064A "
    "\u062A\u0639\u0627\u0646\u064A \u0645\u0646\u0647 "
    "\u0627\u0644\u0645\u062F\u064A\u0646\u0629 \u0645\u0646\u0630 "
    "\u0633\u0646\u0648\u0627\u062A \u0637\u0648\u064A\u0644\u0629.";
constexpr char kCaption[] =
    "\u0645\u062D\u0637\u0629 \u0627\u0644\u0642\u0637\u0627\u0631 "
    "\u0627\u0644\u0645\u0631\u0643\u0632\u064A\u0629 \u0641\u064A "
    "\u0627\u0644\u0639\u0627\u0635\u0645\u0629";
constexpr char kAuthor[] = "\u0623\u062D\u0645\u062F \u0639\u0644\u064A";
constexpr char kByline[] =
    "\u0628\u0642\u0644\u0645: \u0623\u062D\u0645\u062F \u0639\u0644\u064A";
constexpr char kCookie[] =
    "\u0646\u0633\u062A\u062E\u062F\u0645 \u0645\u0644\u0641\u0627\u062A "
    "\u062A\u0639\u0631\u064A\u0641 "
    "\u0627\u0644\u0627\u0631\u062A\u0628\u0627\u0637 "
    "\u0644\u062A\u062D\u0633\u064A\u0646 \u062A\u062C\u0631\u0628\u062A\u0643 "
    "\u0639\u0644\u0649 \u0645\u0648\u0642\u0639\u0646\u0627.";
constexpr char kNav1[] = "\u0627\u0644\u0631\u0626\u064A\u0633\u064A\u0629";
constexpr char kNav2[] = "\u0633\u064A\u0627\u0633\u0629";
constexpr char kNav3[] = "\u0627\u0642\u062A\u0635\u0627\u062F";
constexpr char kShare1[] = "\u0641\u064A\u0633\u0628\u0648\u0643";
constexpr char kShare2[] = "\u062A\u0648\u064A\u062A\u0631";
constexpr char kRelatedHead[] =
    "\u0627\u0642\u0631\u0623 \u0623\u064A\u0636\u0627";
constexpr char kRelated1[] =
    "\u0627\u0631\u062A\u0641\u0627\u0639 \u0623\u0633\u0639\u0627\u0631 "
    "\u0627\u0644\u0648\u0642\u0648\u062F \u0644\u0644\u0645\u0631\u0629 "
    "\u0627\u0644\u062B\u0627\u0644\u062B\u0629 \u0647\u0630\u0627 "
    "\u0627\u0644\u0639\u0627\u0645 \u0641\u064A "
    "\u0627\u0644\u0628\u0644\u0627\u062F";
constexpr char kSidebar[] =
    "\u0627\u0644\u0623\u0643\u062B\u0631 \u0642\u0631\u0627\u0621\u0629";
constexpr char kSidebar1[] =
    "\u0641\u0648\u0632 \u0627\u0644\u0645\u0646\u062A\u062E\u0628 "
    "\u0627\u0644\u0648\u0637\u0646\u064A \u0641\u064A "
    "\u0645\u0628\u0627\u0631\u0627\u0629 \u0627\u0644\u0623\u0645\u0633 "
    "\u0628\u0647\u062F\u0641\u064A\u0646 \u0646\u0638\u064A\u0641\u064A\u0646";
constexpr char kComment[] =
    "\u0645\u0642\u0627\u0644 \u0631\u0627\u0626\u0639\u060C "
    "\u0634\u0643\u0631\u0627 \u0639\u0644\u0649 "
    "\u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062A "
    "\u0627\u0644\u0645\u0641\u064A\u062F\u0629 \u062D\u0648\u0644 "
    "\u062E\u0637\u0629 \u0627\u0644\u0646\u0642\u0644 "
    "\u0627\u0644\u062C\u062F\u064A\u062F\u0629.";
constexpr char kCommentsHead[] =
    "\u0627\u0644\u062A\u0639\u0644\u064A\u0642\u0627\u062A";
constexpr char kFooter[] =
    "\u062C\u0645\u064A\u0639 \u0627\u0644\u062D\u0642\u0648\u0642 "
    "\u0645\u062D\u0641\u0648\u0638\u0629 \u0644\u0635\u062D\u064A\u0641\u0629 "
    "\u0627\u0644\u062E\u0628\u0631.";
constexpr char kSite[] =
    "\u0635\u062D\u064A\u0641\u0629 \u0627\u0644\u062E\u0628\u0631";
constexpr char kDescription[] =
    "\u062E\u0637\u0629 \u062D\u0643\u0648\u0645\u064A\u0629 "
    "\u0644\u062A\u0637\u0648\u064A\u0631 \u0627\u0644\u0646\u0642\u0644 "
    "\u0627\u0644\u0639\u0627\u0645 \u0641\u064A "
    "\u0627\u0644\u0639\u0627\u0635\u0645\u0629.";

// An Arabic news page with everything a real one has around the article.
std::string NewsPage() {
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>\n";
  h += "<meta charset=\"utf-8\">\n<title>";
  h += kTitle;
  h += " - ";
  h += kSite;
  h += "</title>\n<meta property=\"og:title\" content=\"";
  h += kTitle;
  h += "\">\n<meta name=\"description\" content=\"";
  h += kDescription;
  h += "\">\n<meta property=\"og:site_name\" content=\"";
  h += kSite;
  h += "\">\n<link rel=\"canonical\" href=\"https://example.com/news/1\">\n";
  h += "<script "
       "type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
       "\"@type\":\"NewsArticle\",\"headline\":\"";
  h += kTitle;
  h += "\",\"datePublished\":\"2024-03-15T10:00:00+03:00\",\"author\":"
       "{\"@type\":\"Person\",\"name\":\"";
  h += kAuthor;
  h += "\"}}</script>\n";
  h += "<script>var x = '<p>not text</p>';</script><style>p{color:red}</style>";
  h += "</head><body>\n";
  h += "<div class=\"cookie-banner\"><p>";
  h += kCookie;
  h += "</p><button>OK</button></div>\n";
  h += "<header class=\"site-header\"><nav><ul><li><a href=\"/\">";
  h += kNav1;
  h += "</a></li><li><a href=\"/p\">";
  h += kNav2;
  h += "</a></li><li><a href=\"/e\">";
  h += kNav3;
  h += "</a></li></ul></nav></header>\n";
  h += "<main><article>\n<h1>";
  h += kTitle;
  h += "</h1>\n<p class=\"byline\">";
  h += kByline;
  h += "</p>\n<div class=\"article-body\">\n<p>";
  h += kPara1;
  h += "</p>\n<p>";
  h += kPara2;
  h += "</p>\n<figure><img src=\"a.jpg\" alt=\"";
  h += kCaption;
  h += "\"><figcaption>";
  h += kCaption;
  h += "</figcaption></figure>\n<p>";
  h += kPara3;
  h += "</p>\n</div>\n<div class=\"share-buttons\"><a href=\"#\">";
  h += kShare1;
  h += "</a> <a href=\"#\">";
  h += kShare2;
  h += "</a></div>\n<div class=\"related-articles\"><h3>";
  h += kRelatedHead;
  h += "</h3><ul><li><a href=\"/r\">";
  h += kRelated1;
  h += "</a></li></ul></div>\n</article>\n";
  h += "<section id=\"comments\"><h3>";
  h += kCommentsHead;
  h += "</h3><div class=\"comment\"><p>";
  h += kComment;
  h += "</p></div></section>\n</main>\n";
  h += "<aside class=\"sidebar\"><h3>";
  h += kSidebar;
  h += "</h3><p>";
  h += kSidebar1;
  h += "</p></aside>\n<footer><p>";
  h += kFooter;
  h += "</p></footer>\n</body></html>\n";
  return h;
}

std::string MainText(const HtmlPage& page) { return HtmlMainText(page); }

bool HasBlock(const HtmlPage& page, std::string_view text) {
  for (const HtmlBlock& b : page.blocks) {
    if (b.text == text) return true;
  }
  return false;
}

std::string ToCharset(const std::string& utf8, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size();
  char* dst = out.data();
  size_t dst_left = out.size();
  EXPECT_NE(iconv(cd, &in, &in_left, &dst, &dst_left), static_cast<size_t>(-1));
  iconv_close(cd);
  out.resize(out.size() - dst_left);
  return out;
}

TEST(HtmlExtractorTest, FindsArabicArticleAndLeavesBoilerplate) {
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(NewsPage(), &page).ok());
  const std::string text = MainText(page);
  EXPECT_NE(text.find(kPara1), std::string::npos) << text;
  EXPECT_NE(text.find(kPara2), std::string::npos);
  EXPECT_NE(text.find(kPara3), std::string::npos);
  for (const char* junk :
       {kCookie, kNav1, kNav2, kShare1, kRelatedHead, kRelated1, kSidebar,
        kSidebar1, kComment, kCommentsHead, kFooter}) {
    EXPECT_EQ(text.find(junk), std::string::npos) << junk;
  }
  // Boilerplate is still there as blocks, just not main.
  EXPECT_TRUE(HasBlock(page, kComment));
  EXPECT_TRUE(HasBlock(page, kFooter));
  // Script and style content is never text.
  EXPECT_EQ(text.find("not text"), std::string::npos);
  for (const HtmlBlock& b : page.blocks) {
    EXPECT_EQ(b.text.find("color:red"), std::string::npos);
  }
}

TEST(HtmlExtractorTest, SpansPointAtTheTextInTheInput) {
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(NewsPage(), &page).ok());
  ASSERT_FALSE(page.blocks.empty());
  for (const HtmlBlock& b : page.blocks) {
    ASSERT_LE(b.span.begin, b.span.end);
    ASSERT_LE(b.span.end, page.input.size());
    if (b.tag == "img-alt") continue;
    const std::string_view raw(page.input.data() + b.span.begin, b.span.size());
    // Every word of the block's text is in its span.
    size_t start = 0;
    while (start < b.text.size()) {
      size_t end = b.text.find(' ', start);
      if (end == std::string::npos) end = b.text.size();
      const std::string word = b.text.substr(start, end - start);
      EXPECT_NE(raw.find(word), std::string_view::npos)
          << "'" << word << "' not in span of '" << b.text << "'";
      start = end + 1;
    }
  }
  // Paragraph spans are exactly the paragraph text here.
  for (const HtmlBlock& b : page.blocks) {
    if (b.text == kPara1) {
      EXPECT_EQ(page.input.substr(b.span.begin, b.span.size()), kPara1);
    }
  }
}

TEST(HtmlExtractorTest, MarksCaptionsHeadingsAndLinkDensity) {
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(NewsPage(), &page).ok());
  bool saw_figcaption = false, saw_alt = false, saw_h1 = false;
  for (const HtmlBlock& b : page.blocks) {
    if (b.tag == "figcaption") {
      saw_figcaption = true;
      EXPECT_TRUE(b.caption);
      EXPECT_EQ(b.text, kCaption);
    }
    if (b.tag == "img-alt") {
      saw_alt = true;
      EXPECT_TRUE(b.caption);
    }
    if (b.tag == "h1") {
      saw_h1 = true;
      EXPECT_TRUE(b.heading);
      EXPECT_TRUE(b.main);
      EXPECT_EQ(b.text, kTitle);
    }
    if (b.text == kNav1) {
      EXPECT_FLOAT_EQ(b.link_density, 1.0f);
    }
    if (b.text == kPara1) {
      EXPECT_FLOAT_EQ(b.link_density, 0.0f);
    }
  }
  EXPECT_TRUE(saw_figcaption);
  EXPECT_TRUE(saw_alt);
  EXPECT_TRUE(saw_h1);
  // Captions are main blocks but not part of the main text.
  EXPECT_EQ(MainText(page).find(kCaption), std::string::npos);
}

TEST(HtmlExtractorTest, ReadsMetadataFromJsonLdOpenGraphAndMeta) {
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(NewsPage(), &page).ok());
  EXPECT_EQ(page.metadata.title, kTitle);
  EXPECT_EQ(page.metadata.date, "2024-03-15T10:00:00+03:00");
  EXPECT_EQ(page.metadata.author, kAuthor);
  EXPECT_EQ(page.metadata.url, "https://example.com/news/1");
  EXPECT_EQ(page.metadata.description, kDescription);
  EXPECT_EQ(page.metadata.source, kSite);
  EXPECT_EQ(page.metadata.language, "ar");
  EXPECT_EQ(page.charset, "utf-8");
}

TEST(HtmlExtractorTest, MetadataFallsBackToTitleAndMetaTags) {
  HtmlPage page;
  const std::string html =
      "<html><head><title>Plain title</title>"
      "<meta name=\"author\" content=\"Jane Roe\">"
      "<meta property=\"article:published_time\" content=\"2021-05-06\">"
      "<meta property=\"og:url\" content=\"https://example.org/a\">"
      "<script type=\"application/ld+json\">{ broken json</script>"
      "</head><body><p>Text.</p></body></html>";
  ASSERT_TRUE(ExtractHtml(html, &page).ok());
  EXPECT_EQ(page.metadata.title, "Plain title");
  EXPECT_EQ(page.metadata.author, "Jane Roe");
  EXPECT_EQ(page.metadata.date, "2021-05-06");
  EXPECT_EQ(page.metadata.url, "https://example.org/a");
}

TEST(HtmlExtractorTest, JsonLdGraphIsSearched) {
  HtmlPage page;
  const std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@graph\":["
      "{\"@type\":\"WebSite\",\"name\":\"Site\"},"
      "{\"@type\":[\"NewsArticle\"],\"headline\":\"Graph headline\","
      "\"author\":[{\"name\":\"A\"},{\"name\":\"B\"}],"
      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Pub\"}}]}"
      "</script></head><body><p>x</p></body></html>";
  ASSERT_TRUE(ExtractHtml(html, &page).ok());
  EXPECT_EQ(page.metadata.title, "Graph headline");
  EXPECT_EQ(page.metadata.author, "A, B");
  EXPECT_EQ(page.metadata.source, "Pub");
}

TEST(HtmlExtractorTest, EmptyPageHasNoBlocks) {
  HtmlPage page;
  EXPECT_TRUE(ExtractHtml("", &page).ok());
  EXPECT_TRUE(page.blocks.empty());
  EXPECT_TRUE(ExtractHtml("   \n\t ", &page).ok());
  EXPECT_TRUE(page.blocks.empty());
}

TEST(HtmlExtractorTest, PageWithoutTextHasNoBlocks) {
  HtmlPage page;
  const std::string html =
      "<html><head><title></title><script>var a = 1;</script></head>"
      "<body><div><div><img src=\"x.png\"></div><br><hr></div>"
      "<!-- a comment --></body></html>";
  ASSERT_TRUE(ExtractHtml(html, &page).ok());
  EXPECT_TRUE(page.blocks.empty());
  EXPECT_EQ(HtmlMainText(page), "");
}

TEST(HtmlExtractorTest, TwentyMegabytePage) {
  std::string html = "<html><body><nav><a href=\"/\">Home</a></nav><article>";
  const std::string para =
      "<p>This is a sentence of a long article, repeated to fill twenty "
      "megabytes of markup and text.</p>\n";
  while (html.size() < (size_t{20} << 20)) html += para;
  html += "</article></body></html>";
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(html, &page).ok());
  EXPECT_GT(page.blocks.size(), 100000u);
  size_t main = 0;
  for (const HtmlBlock& b : page.blocks) main += b.main ? 1 : 0;
  EXPECT_EQ(main, page.blocks.size() - 1);  // all but the navigation
  EXPECT_LE(page.blocks.back().span.end, page.input.size());
}

TEST(HtmlExtractorTest, OversizedPageIsResourceExhausted) {
  const std::string html(kMaxHtmlBytes + 1, ' ');
  HtmlPage page;
  EXPECT_EQ(ExtractHtml(html, &page).code(), StatusCode::kResourceExhausted);
}

TEST(HtmlExtractorTest, HundredThousandNestedElementsKeepTheirText) {
  constexpr int kDepth = 100000;
  std::string html = "<html><body>";
  for (int i = 0; i < kDepth; ++i) html += "<div>";
  html += "<p>Deep text survives, with punctuation and enough words.</p>";
  for (int i = 0; i < kDepth; ++i) html += "</div>";
  html += "</body></html>";
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(html, &page).ok());
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text,
            "Deep text survives, with punctuation and enough words.");
  EXPECT_TRUE(page.blocks[0].main);
  // Unclosed, too.
  std::string open = "<div>";
  std::string unclosed;
  for (int i = 0; i < kDepth; ++i) unclosed += open;
  unclosed += "tail text";
  ASSERT_TRUE(ExtractHtml(unclosed, &page).ok());
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "tail text");
}

TEST(HtmlExtractorTest, InvalidUtf8StaysInInputAndReadsAsReplacement) {
  const std::string html =
      "<html><body><p>caf\xC3 au lait \xFF\xFE and more words here.</p>"
      "</body></html>";
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(html, &page).ok());
  EXPECT_EQ(page.input, html);  // the caller's bytes, untouched
  EXPECT_EQ(page.charset, "utf-8");
  ASSERT_EQ(page.blocks.size(), 1u);
  const HtmlBlock& b = page.blocks[0];
  EXPECT_EQ(b.text,
            "caf\xEF\xBF\xBD au lait \xEF\xBF\xBD\xEF\xBF\xBD and more words "
            "here.");
  EXPECT_EQ(page.input.substr(b.span.begin, b.span.size()),
            "caf\xC3 au lait \xFF\xFE and more words here.");
}

TEST(HtmlExtractorTest, Windows1256PageIsConverted) {
  std::string utf8 =
      "<html><head><meta http-equiv=\"Content-Type\" "
      "content=\"text/html; charset=windows-1256\"><title>";
  utf8 += kTitle;
  utf8 += "</title></head><body><p>";
  utf8 += kPara1;
  utf8 += "</p></body></html>";
  const std::string bytes = ToCharset(utf8, "CP1256");
  ASSERT_NE(bytes, utf8);
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(bytes, &page).ok());
  EXPECT_EQ(page.charset, "windows-1256");
  EXPECT_EQ(page.input, utf8);
  EXPECT_EQ(page.metadata.title, kTitle);
  EXPECT_EQ(HtmlMainText(page), kPara1);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(
      page.input.substr(page.blocks[0].span.begin, page.blocks[0].span.size()),
      kPara1);
}

TEST(HtmlExtractorTest, Iso88596MetaCharsetIsConverted) {
  std::string utf8 =
      "<html><head><meta charset=\"ISO-8859-6\"></head><body><p>";
  utf8 += kPara2;
  utf8 += "</p></body></html>";
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(ToCharset(utf8, "ISO-8859-6"), &page).ok());
  EXPECT_EQ(page.charset, "iso-8859-6");
  EXPECT_EQ(HtmlMainText(page), kPara2);
}

TEST(HtmlExtractorTest, BinaryJunkIsDataLoss) {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 100000; ++i) {
    x = x * 1103515245u + 12345u;
    junk.push_back(static_cast<char>(x >> 24));
  }
  HtmlPage page;
  const Status s = ExtractHtml(junk, &page);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss) << s.ToString();
  // NUL-padded binary with a little markup is junk too.
  std::string nul(5000, '\0');
  nul += "<p>x</p>";
  EXPECT_EQ(ExtractHtml(nul, &page).code(), StatusCode::kDataLoss);
}

TEST(HtmlExtractorTest, PlainTextWithoutMarkupIsRead) {
  HtmlPage page;
  ASSERT_TRUE(
      ExtractHtml("Just a line of text, no markup at all.", &page).ok());
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "Just a line of text, no markup at all.");
}

TEST(HtmlExtractorTest, MalformedHtmlIsStillExtracted) {
  const std::string html =
      "<html><body><div class=\"content\"><p>First paragraph is not closed, "
      "but it goes on for a while.<p>Second one <b>bold <i>and italic</b> "
      "mixed up, still read.</div><p>Third after a stray </span> tag, "
      "fine.<div><table><tr><td>cell text, in a table";
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(html, &page).ok());
  EXPECT_TRUE(HasBlock(
      page, "First paragraph is not closed, but it goes on for a while."));
  EXPECT_TRUE(
      HasBlock(page, "Second one bold and italic mixed up, still read."));
  EXPECT_TRUE(HasBlock(page, "Third after a stray tag, fine."));
  EXPECT_TRUE(HasBlock(page, "cell text, in a table"));
}

TEST(HtmlExtractorTest, EntitiesAreDecodedAndWhitespaceCollapsed) {
  const std::string html =
      "<p>  Tom &amp; Jerry&nbsp;&nbsp;say\n\t&quot;hi&quot; &#x627;&#1576;"
      "  </p>";
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(html, &page).ok());
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "Tom & Jerry say \"hi\" \u0627\u0628");
  EXPECT_EQ(
      page.input.substr(page.blocks[0].span.begin, page.blocks[0].span.size()),
      "Tom &amp; Jerry&nbsp;&nbsp;say\n\t&quot;hi&quot; &#x627;&#1576;");
}

TEST(HtmlExtractorTest, HiddenAndFormContentIsNotMain) {
  const std::string html =
      "<html><body><article><p>The article text, long enough to be the "
      "main content of this page.</p>"
      "<p style=\"display:none\">Hidden promotional text that nobody sees.</p>"
      "<form><p>Sign up for our newsletter to get all the news.</p></form>"
      "<select><option>Option text</option></select>"
      "</article></body></html>";
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(html, &page).ok());
  const std::string text = HtmlMainText(page);
  EXPECT_NE(text.find("The article text"), std::string::npos);
  EXPECT_EQ(text.find("Hidden"), std::string::npos);
  EXPECT_EQ(text.find("newsletter"), std::string::npos);
  EXPECT_FALSE(HasBlock(page, "Option text"));
}

TEST(HtmlExtractorTest, HeadlineStaysAndEmptySectionHeadingsGo) {
  const std::string html =
      "<html><head><title>Big headline here - Site</title></head><body>"
      "<article><h1>Big headline here</h1><h2>A subtitle line</h2>"
      "<p>Body text of the article, long enough to count as content.</p>"
      "<p>More body text, with a second sentence here.</p>"
      "<h3>More on this</h3><ul><li><a href=\"/1\">Other story one</a></li>"
      "<li><a href=\"/2\">Other story two</a></li></ul>"
      "</article></body></html>";
  HtmlPage page;
  ASSERT_TRUE(ExtractHtml(html, &page).ok());
  for (const HtmlBlock& b : page.blocks) {
    if (b.text == "Big headline here" || b.text == "A subtitle line" ||
        b.text.rfind("Body text", 0) == 0) {
      EXPECT_TRUE(b.main) << b.text;
    }
    if (b.text == "More on this" || b.text == "Other story one") {
      EXPECT_FALSE(b.main) << b.text;
    }
  }
}

}  // namespace
}  // namespace khabar
