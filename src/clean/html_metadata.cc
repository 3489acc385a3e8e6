// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/html_metadata.h"

#include <array>
#include <string_view>
#include <utility>

#include "simdjson.h"

namespace khabar {
namespace {

// JSON-LD objects deeper than this are not searched.
constexpr size_t kMaxJsonLdNodes = 2000;

// Metadata found in JSON-LD, best object first.
struct JsonLdFields {
  int rank = 0;  // 2 article types, 1 WebPage and kin, 0 none
  std::string title, date, author, url, description, source, language;
};

int TypeRank(std::string_view type) {
  static constexpr std::array<std::string_view, 12> kArticles = {
      "Article",           "NewsArticle",           "BlogPosting",
      "ReportageNews",     "AnalysisNewsArticle",   "OpinionNewsArticle",
      "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting",
      "ScholarlyArticle",  "TechArticle",           "SocialMediaPosting"};
  for (std::string_view a : kArticles) {
    if (type == a) return 2;
  }
  if (type == "WebPage" || type == "ItemPage" || type == "Report") return 1;
  return 0;
}

std::string_view StringOf(simdjson::dom::element e) {
  std::string_view s;
  if (e.get(s) == simdjson::SUCCESS) return s;
  return {};
}

// A string field, or the "name" of an object, or the first of an array.
std::string NameOf(simdjson::dom::element e) {
  std::string_view s;
  if (e.get(s) == simdjson::SUCCESS) return std::string(s);
  simdjson::dom::array arr;
  if (e.get(arr) == simdjson::SUCCESS) {
    std::string names;
    for (simdjson::dom::element item : arr) {
      const std::string n = NameOf(item);
      if (n.empty()) continue;
      if (!names.empty()) names += ", ";
      names += n;
    }
    return names;
  }
  simdjson::dom::object obj;
  if (e.get(obj) == simdjson::SUCCESS) {
    simdjson::dom::element name;
    if (obj["name"].get(name) == simdjson::SUCCESS) {
      return std::string(StringOf(name));
    }
  }
  return {};
}

void ReadArticleObject(simdjson::dom::object obj, int rank, JsonLdFields* out) {
  JsonLdFields f;
  f.rank = rank;
  simdjson::dom::element v;
  if (obj["headline"].get(v) == simdjson::SUCCESS) f.title = NameOf(v);
  if (f.title.empty() && obj["name"].get(v) == simdjson::SUCCESS) {
    f.title = NameOf(v);
  }
  if (obj["datePublished"].get(v) == simdjson::SUCCESS) f.date = NameOf(v);
  if (f.date.empty() && obj["dateCreated"].get(v) == simdjson::SUCCESS) {
    f.date = NameOf(v);
  }
  if (obj["author"].get(v) == simdjson::SUCCESS) f.author = NameOf(v);
  if (obj["description"].get(v) == simdjson::SUCCESS) {
    f.description = NameOf(v);
  }
  if (obj["url"].get(v) == simdjson::SUCCESS) f.url = NameOf(v);
  if (f.url.empty() && obj["mainEntityOfPage"].get(v) == simdjson::SUCCESS) {
    simdjson::dom::object page;
    simdjson::dom::element id;
    if (v.get(page) == simdjson::SUCCESS &&
        page["@id"].get(id) == simdjson::SUCCESS) {
      f.url = std::string(StringOf(id));
    } else {
      f.url = std::string(StringOf(v));
    }
  }
  if (obj["publisher"].get(v) == simdjson::SUCCESS) f.source = NameOf(v);
  if (obj["inLanguage"].get(v) == simdjson::SUCCESS) f.language = NameOf(v);
  // Fill what a better object lacks; replace a worse one.
  if (rank > out->rank) {
    JsonLdFields keep = std::move(*out);
    *out = std::move(f);
    f = std::move(keep);
  }
  for (auto [dst, src] :
       {std::pair{&out->title, &f.title}, std::pair{&out->date, &f.date},
        std::pair{&out->author, &f.author}, std::pair{&out->url, &f.url},
        std::pair{&out->description, &f.description},
        std::pair{&out->source, &f.source},
        std::pair{&out->language, &f.language}}) {
    if (dst->empty()) *dst = std::move(*src);
  }
}

int ObjectRank(simdjson::dom::object obj) {
  simdjson::dom::element type;
  if (obj["@type"].get(type) != simdjson::SUCCESS) return 0;
  int rank = TypeRank(StringOf(type));
  simdjson::dom::array types;
  if (type.get(types) == simdjson::SUCCESS) {
    for (simdjson::dom::element t : types) {
      rank = std::max(rank, TypeRank(StringOf(t)));
    }
  }
  return rank;
}

void ReadJsonLd(simdjson::dom::parser& parser, const std::string& text,
                JsonLdFields* out) {
  simdjson::dom::element root;
  if (parser.parse(text).get(root) != simdjson::SUCCESS) return;
  // Depth-first over objects and arrays with an explicit stack.
  std::vector<simdjson::dom::element> stack = {root};
  size_t visited = 0;
  while (!stack.empty() && visited < kMaxJsonLdNodes) {
    simdjson::dom::element e = stack.back();
    stack.pop_back();
    ++visited;
    simdjson::dom::array arr;
    if (e.get(arr) == simdjson::SUCCESS) {
      for (simdjson::dom::element item : arr) stack.push_back(item);
      continue;
    }
    simdjson::dom::object obj;
    if (e.get(obj) != simdjson::SUCCESS) continue;
    const int rank = ObjectRank(obj);
    if (rank > 0) ReadArticleObject(obj, rank, out);
    simdjson::dom::element graph;
    if (obj["@graph"].get(graph) == simdjson::SUCCESS) stack.push_back(graph);
  }
}

std::string_view FindMeta(const HtmlDom& dom,
                          std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    for (const auto& [k, v] : dom.metas) {
      if (k == key && !v.empty()) return v;
    }
  }
  return {};
}

std::string Trimmed(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && static_cast<unsigned char>(s[b]) <= ' ') ++b;
  while (e > b && static_cast<unsigned char>(s[e - 1]) <= ' ') --e;
  return std::string(s.substr(b, e - b));
}

void SetIfEmpty(std::string* field, std::string_view value) {
  if (field->empty() && !value.empty()) *field = Trimmed(value);
}

}  // namespace

void ExtractHtmlMetadata(const HtmlDom& dom,
                         const std::vector<std::string>& json_ld,
                         ArticleMetadata* out) {
  *out = ArticleMetadata();
  JsonLdFields ld;
  if (!json_ld.empty()) {
    simdjson::dom::parser parser;
    for (const std::string& text : json_ld) ReadJsonLd(parser, text, &ld);
  }
  SetIfEmpty(&out->title, ld.title);
  SetIfEmpty(&out->title, FindMeta(dom, {"og:title", "twitter:title",
                                         "dc.title", "headline", "title"}));
  SetIfEmpty(&out->title, dom.title);

  SetIfEmpty(&out->date, ld.date);
  SetIfEmpty(
      &out->date,
      FindMeta(dom, {"article:published_time", "og:article:published_time",
                     "datepublished", "dc.date.issued", "dc.date", "date",
                     "pubdate", "publishdate", "publish-date", "sailthru.date",
                     "parsely-pub-date", "citation_publication_date",
                     "og:published_time", "dcterms.date"}));
  SetIfEmpty(&out->date, dom.first_time);

  SetIfEmpty(&out->author, ld.author);
  std::string_view author =
      FindMeta(dom, {"author", "article:author", "dc.creator", "parsely-author",
                     "sailthru.author", "citation_author", "byl"});
  // article:author is often a profile URL: not a name.
  if (author.substr(0, 4) != "http") SetIfEmpty(&out->author, author);

  for (const auto& [rel, href] : dom.links) {
    if (rel == "canonical") SetIfEmpty(&out->url, href);
  }
  SetIfEmpty(&out->url, FindMeta(dom, {"og:url", "twitter:url"}));
  SetIfEmpty(&out->url, ld.url);

  SetIfEmpty(&out->description,
             FindMeta(dom, {"description", "og:description",
                            "twitter:description", "dc.description"}));
  SetIfEmpty(&out->description, ld.description);

  SetIfEmpty(&out->source, FindMeta(dom, {"og:site_name", "application-name",
                                          "publisher", "dc.publisher"}));
  SetIfEmpty(&out->source, ld.source);

  SetIfEmpty(&out->language, dom.lang);
  SetIfEmpty(&out->language, FindMeta(dom, {"content-language", "dc.language",
                                            "language", "og:locale"}));
  SetIfEmpty(&out->language, ld.language);
}

}  // namespace khabar
