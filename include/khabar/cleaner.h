// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Cleaner: from scraped text, HTML pages or JSON records to an Article.
//
//   auto cleaner = khabar::Cleaner::Create({});
//   if (!cleaner.ok()) return cleaner.status();
//   khabar::StatusOr<khabar::Article> a = (*cleaner)->CleanText(page_text);
//   khabar::StatusOr<khabar::Article> b = (*cleaner)->CleanHtml(page_html);
//
// What it does to every input:
//   - splits it into blocks (lines of text; block elements of HTML, with the
//     main content found by text density, link density and markup hints);
//   - takes the title (text: the first non-empty line; HTML: the <h1> or
//     metadata title that the page's blocks repeat);
//   - drops what a reader would not call the article, saying why: repeats
//     of the title; a block repeated exactly or up to spacing, hamza
//     spelling or quotation marks; a teaser equal to the start of the body
//     or to consecutive body paragraphs joined (the copy in the body is
//     kept); boilerplate (patterns in data/clean/boilerplate.tsv, plus a
//     line score for what the patterns miss); empty blocks;
//   - moves captions (a short line without final punctuation next to the
//     title or an image; <figcaption> and image alt text) out of the body;
//   - records quotation marks without a partner in their paragraph.
//
// Thread safety: immutable after Create(); the Clean* methods are const and
// thread-safe.

#ifndef KHABAR_CLEANER_H_
#define KHABAR_CLEANER_H_

#include <memory>
#include <string_view>

#include "khabar/article.h"
#include "khabar/news_record.h"
#include "khabar/status.h"

namespace khabar {

struct CleanerOptions {
  // Plain text and records without a title: the first kept line is the
  // title, if it has at most max_title_words words (a longer one is the
  // lead paragraph: the article then has no title). Default true.
  bool first_line_is_title = true;
  // Default 25 (SaudiNewsNet's 30,963 titles: median 8 words, 99.9 % at
  // most 18, the longest 34).
  uint32_t max_title_words = 25;
  // ... and at most this many if it ends with final punctuation (a
  // sentence: the lead). Default 12 (34 of those titles are longer and
  // end so; 3,068 of SaudiNewsNet's first lines of 13 to 25 words do).
  uint32_t max_punctuated_title_words = 12;
  // A caption is at most this many words. Default 20.
  uint32_t max_caption_words = 20;
  // The largest input accepted, in bytes. Default 64 MiB.
  size_t max_input_bytes = size_t{64} << 20;
};

class Cleaner {
 public:
  static StatusOr<std::unique_ptr<const Cleaner>> Create(
      const CleanerOptions& options);
  ~Cleaner();
  Cleaner(const Cleaner&) = delete;
  Cleaner& operator=(const Cleaner&) = delete;

  // Plain text (UTF-8; ill-formed bytes read as U+FFFD).
  StatusOr<Article> CleanText(std::string_view text) const;

  // An HTML page (any charset it declares; converted to UTF-8, which is
  // then Article::input). Blocks outside the main content are listed as
  // dropped (navigation), their text as extracted (not normalized). A page that
  // is not HTML or text (binary junk) is kDataLoss; an empty page gives an
  // empty Article.
  StatusOr<Article> CleanHtml(std::string_view html) const;

  // A record (see news_record.h). With html, as CleanHtml plus the record's
  // fields. With a title, Article::input is the title
  // (line breaks made spaces), a blank line, then the text, and the title is
  // its first block; without one, the text alone as in CleanText. The
  // record's id, url, date, source and author become the Article's.
  StatusOr<Article> CleanRecord(const NewsRecord& record) const;

  const CleanerOptions& options() const;

 private:
  struct Impl;
  explicit Cleaner(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace khabar

#endif  // KHABAR_CLEANER_H_
