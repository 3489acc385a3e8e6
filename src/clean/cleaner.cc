// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The cleaning pipeline: blocks -> display text and facts -> boilerplate
// patterns -> title -> duplicates -> line score -> captions -> quotation
// balance -> the role lists.

#include "khabar/cleaner.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "clean/block_facts.h"
#include "clean/boilerplate.h"
#include "clean/captions.h"
#include "clean/cleaning_state.h"
#include "clean/code_runs.h"
#include "clean/duplicates.h"
#include "clean/html_extractor.h"
#include "clean/quote_balance.h"
#include "clean/text_blocks.h"
#include "khabar/normalizer.h"

namespace khabar {

namespace {
// Finish()'s title hint when the input has no title block.
constexpr int32_t kNoTitle = -2;

// `s` with runs of whitespace made one space, trimmed.
std::string CollapseSpaces(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// True if `h`, a block's text (whitespace collapsed by the extractor),
// repeats `t`, the page's metadata title with whitespace collapsed: the
// same words, or, when `partial` (a heading of the main content), the part
// of it that is not the site's name: at its start and at least half of it
// ("Headline | Site"), elsewhere at least two thirds ("Site - Headline"; in
// "Headline - Site Name" the site's name is not taken). Outside the main
// content, or in a block that is no heading, such a part is the site's own
// header or a link.
bool RepeatsMetadataTitle(std::string_view h, bool partial,
                          std::string_view t) {
  if (h.size() < 8 || t.empty()) return false;
  if (h == t) return true;
  const size_t at = partial ? t.find(h) : std::string_view::npos;
  if (at == std::string_view::npos) return false;
  return at == 0 ? h.size() * 2 >= t.size() : h.size() * 3 >= t.size() * 2;
}

}  // namespace

struct Cleaner::Impl {
  CleanerOptions options;
  std::unique_ptr<const Normalizer> display;
  std::unique_ptr<const Normalizer> search;
  BoilerplatePatterns boilerplate;

  // Fills text and facts of every block, runs the passes and the role lists.
  // `title_hint`: a block index chosen as title by the caller, or -1 to take
  // the first kept block (when options.first_line_is_title).
  // `from_block_text`: blocks already hold their text (HTML, entities
  // decoded); otherwise the text is the block's span of the input.
  Status Finish(Article* a, std::vector<BlockFacts> hints, int32_t title_hint,
                bool from_block_text = false) const;
};

Cleaner::Cleaner(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Cleaner::~Cleaner() = default;

const CleanerOptions& Cleaner::options() const { return impl_->options; }

StatusOr<std::unique_ptr<const Cleaner>> Cleaner::Create(
    const CleanerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  auto display = Normalizer::Create(
      NormalizerOptions::ForLevel(NormalizationLevel::kDisplay));
  if (!display.ok()) return display.status();
  auto search = Normalizer::Create(
      NormalizerOptions::ForLevel(NormalizationLevel::kSearch));
  if (!search.ok()) return search.status();
  impl->display = std::move(*display);
  impl->search = std::move(*search);
  auto patterns = BoilerplatePatterns::Builtin(*impl->search);
  if (!patterns.ok()) return patterns.status();
  impl->boilerplate = std::move(*patterns);
  return std::unique_ptr<const Cleaner>(new Cleaner(std::move(impl)));
}

StatusOr<Article> Cleaner::CleanText(std::string_view text) const {
  if (text.size() > impl_->options.max_input_bytes) {
    return ResourceExhaustedError(
        "input of " + std::to_string(text.size()) +
        " bytes exceeds the cleaner limit of " +
        std::to_string(impl_->options.max_input_bytes));
  }
  Article a;
  a.input = std::string(text);
  SplitTextBlocks(a.input, &a.blocks);
  SplitCodeRuns(a.input, &a.blocks);
  SplitBoilerplateEdges(impl_->boilerplate, *impl_->search, a.input, &a.blocks);
  KHABAR_RETURN_IF_ERROR(
      impl_->Finish(&a, std::vector<BlockFacts>(a.blocks.size()), -1));
  return a;
}

StatusOr<Article> Cleaner::CleanHtml(std::string_view html) const {
  if (html.size() > impl_->options.max_input_bytes) {
    return ResourceExhaustedError(
        "page of " + std::to_string(html.size()) +
        " bytes exceeds the cleaner limit of " +
        std::to_string(impl_->options.max_input_bytes));
  }
  HtmlPage page;
  KHABAR_RETURN_IF_ERROR(ExtractHtml(html, &page));
  Article a;
  a.input = std::move(page.input);
  a.input_charset = page.charset;
  a.metadata = std::move(page.metadata);
  std::vector<BlockFacts> hints;
  int32_t title = -1;
  // The title is the main content's first <h1>; a page without one (the
  // <h1> holds the site's logo) often has the headline in another heading
  // or block that repeats the metadata title (<h2 class="title">, <div
  // class="headline">), inside or just outside the main content: that
  // block, if any.
  size_t repeated = page.blocks.size();
  bool main_h1 = false;
  for (const HtmlBlock& hb : page.blocks) {
    main_h1 |= hb.main && hb.heading && hb.tag == "h1" && !hb.text.empty();
  }
  if (!main_h1) {
    const std::string meta_title = CollapseSpaces(a.metadata.title);
    for (size_t k = 0; k < page.blocks.size(); ++k) {
      const HtmlBlock& hb = page.blocks[k];
      if (RepeatsMetadataTitle(hb.text, hb.main && hb.heading, meta_title)) {
        repeated = k;
        break;
      }
    }
  }
  // Line numbers of block starts, counted once over the input.
  uint32_t line = 1;
  size_t counted = 0;
  for (size_t k = 0; k < page.blocks.size(); ++k) {
    HtmlBlock& hb = page.blocks[k];
    if (hb.text.empty()) continue;
    Block b;
    b.span = hb.span;
    const size_t upto = std::min<size_t>(b.span.begin, a.input.size());
    if (upto > counted) {
      line += static_cast<uint32_t>(
          std::count(a.input.begin() + counted, a.input.begin() + upto, '\n'));
      counted = upto;
    }
    b.line = line;
    b.text = std::move(hb.text);
    if (k == repeated) {
      title = static_cast<int32_t>(a.blocks.size());
    } else if (!hb.main) {
      b.role = PartRole::kDropped;
      b.reason = DropReason::kNavigation;
      b.note = "outside the main content";
    } else if (title < 0 && hb.heading && hb.tag == "h1") {
      title = static_cast<int32_t>(a.blocks.size());
    }
    BlockFacts f;
    f.heading = hb.heading;
    f.caption_hint = hb.caption;
    f.link_density = hb.link_density;
    hints.push_back(std::move(f));
    a.blocks.push_back(std::move(b));
  }
  // Neither: the title stays in the metadata only.
  KHABAR_RETURN_IF_ERROR(impl_->Finish(&a, std::move(hints),
                                       title >= 0 ? title : kNoTitle,
                                       /*from_block_text=*/true));
  return a;
}

StatusOr<Article> Cleaner::CleanRecord(const NewsRecord& r) const {
  if (!r.html.empty()) {
    StatusOr<Article> a = CleanHtml(r.html);
    if (!a.ok()) return a;
    a->id = r.id;
    if (!r.title.empty()) a->metadata.title = r.title;
    if (!r.url.empty()) a->metadata.url = r.url;
    if (!r.date.empty()) a->metadata.date = r.date;
    if (!r.source.empty()) a->metadata.source = r.source;
    if (!r.author.empty()) a->metadata.author = r.author;
    return a;
  }
  const size_t size = r.title.size() + 2 + r.text.size();
  if (size > impl_->options.max_input_bytes) {
    return ResourceExhaustedError(
        "record of " + std::to_string(size) +
        " bytes exceeds the cleaner limit of " +
        std::to_string(impl_->options.max_input_bytes));
  }
  Article a;
  a.id = r.id;
  int32_t title_hint = -1;
  std::string title = r.title;
  for (char& c : title) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  const bool has_title = title.find_first_not_of(" \t") != std::string::npos;
  if (has_title) {
    a.input = title;
    a.input += "\n\n";
  }
  a.input += r.text;
  SplitTextBlocks(a.input, &a.blocks);
  SplitCodeRuns(a.input, &a.blocks);
  SplitBoilerplateEdges(impl_->boilerplate, *impl_->search, a.input, &a.blocks);
  // The title is the record's first block that is not code (none when the
  // title was nothing but code).
  if (has_title && !a.blocks.empty()) {
    title_hint = kNoTitle;
    for (size_t i = 0; i < a.blocks.size(); ++i) {
      if (a.blocks[i].span.begin >= title.size()) break;
      if (a.blocks[i].role != PartRole::kDropped) {
        title_hint = static_cast<int32_t>(i);
        break;
      }
    }
  }
  a.metadata.title = r.title;
  a.metadata.url = r.url;
  a.metadata.date = r.date;
  a.metadata.source = r.source;
  a.metadata.author = r.author;
  KHABAR_RETURN_IF_ERROR(
      impl_->Finish(&a, std::vector<BlockFacts>(a.blocks.size()), title_hint));
  return a;
}

Status Cleaner::Impl::Finish(Article* a, std::vector<BlockFacts> hints,
                             int32_t title_hint, bool from_block_text) const {
  CleaningState state;
  state.article = a;
  state.facts = std::move(hints);
  state.facts.resize(a->blocks.size());
  // Unbalanced quotation marks of every block; kept for the blocks that
  // stay once the passes have run.
  std::vector<UnbalancedQuote> quotes;
  NormalizedText display_view;
  NormalizedText scratch;
  for (size_t i = 0; i < a->blocks.size(); ++i) {
    Block& b = a->blocks[i];
    // Blocks dropped before the passes (HTML outside the main content) take
    // part in none of them and keep their text as extracted.
    if (b.role == PartRole::kDropped) continue;
    std::string source;
    if (from_block_text) {
      source = std::move(b.text);
    } else {
      source.assign(a->input, b.span.begin, b.span.size());
    }
    KHABAR_RETURN_IF_ERROR(display->Normalize(source, &display_view));
    b.text = display_view.text;
    const size_t before = quotes.size();
    FindUnbalancedQuotes(static_cast<uint32_t>(i), b.span.begin, display_view,
                         &quotes);
    if (from_block_text) {
      // The block text is not a slice of the input (markup, entities):
      // point at the whole block.
      for (size_t q = before; q < quotes.size(); ++q) quotes[q].span = b.span;
    }
    KHABAR_RETURN_IF_ERROR(
        ComputeBlockFacts(*search, source, &scratch, &state.facts[i]));
  }
  MarkBoilerplate(boilerplate, &state);
  if (title_hint >= 0 && static_cast<size_t>(title_hint) < a->blocks.size()) {
    a->title = title_hint;
  } else if (title_hint != kNoTitle && options.first_line_is_title) {
    for (size_t i = 0; i < a->blocks.size(); ++i) {
      if (!state.dropped(i)) {
        const BlockFacts& f = state.facts[i];
        if (f.words <= (f.terminal_punctuation
                            ? options.max_punctuated_title_words
                            : options.max_title_words)) {
          a->title = static_cast<int32_t>(i);
        }
        break;
      }
    }
  }
  if (a->title >= 0) {
    Block& t = a->blocks[a->title];
    t.role = PartRole::kTitle;
    t.reason = DropReason::kNone;
    t.note.clear();
  }
  MarkDuplicates(&state);
  MarkByLineScore(&state);
  // Pages (block text from markup) mark their captions in the markup.
  MarkCaptions(options.max_caption_words, /*after_title=*/!from_block_text,
               &state);
  for (size_t i = 0; i < a->blocks.size(); ++i) {
    const Block& b = a->blocks[i];
    const uint32_t idx = static_cast<uint32_t>(i);
    switch (b.role) {
      case PartRole::kTitle:
        break;
      case PartRole::kParagraph:
        a->body.push_back(idx);
        break;
      case PartRole::kCaption:
        a->captions.push_back(idx);
        break;
      case PartRole::kDropped:
        a->dropped.push_back(idx);
        break;
    }
  }
  for (const UnbalancedQuote& q : quotes) {
    if (a->blocks[q.block].role != PartRole::kDropped) {
      a->unbalanced_quotes.push_back(q);
    }
  }
  if (a->metadata.title.empty() && a->title >= 0) {
    a->metadata.title = a->blocks[a->title].text;
  }
  return Status::Ok();
}

}  // namespace khabar
