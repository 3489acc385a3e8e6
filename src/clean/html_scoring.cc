// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// How the main content is found:
//   1. Boilerplate elements: semantic tags (nav, aside, footer, menu,
//      dialog) and class/id hints (comments, share bars, related lists...).
//      An element that holds most of the page's text is a page wrapper, not
//      boilerplate, whatever its names say (class="page has-sidebar").
//   2. Each text block gets a content weight (its non-link text, less for
//      text without punctuation) and a junk weight (link text, short
//      fragments). Blocks in boilerplate weigh nothing.
//   3. The container: the element maximizing content - junk, with a bonus
//      for article markers (itemprop=articleBody, "entry-content", ...).
//   4. Inside it, every block outside boilerplate is main, except link
//      lists, bare date lines, short lines after the last paragraph and
//      headings left without text; the headline and what lies between it
//      and the container (lead, dateline) are main too.
// All passes are loops over the element and block arrays: no recursion.

#include "clean/html_scoring.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "clean/html_hints.h"

namespace khabar {
namespace {

// Tunables.
constexpr uint32_t kMinGoodChars = 25;  // shorter blocks are fragments
constexpr double kMaxGoodLinkDensity = 0.4;
constexpr double kJunkFactor = 1.0;
constexpr double kStrongMarkerBonus = 0.25;  // articleBody, entry-content
constexpr double kWeakMarkerBonus = 0.05;    // <article>, "content", <main>
constexpr double kWrapperShare = 0.5;
constexpr double kMaxMainLinkDensity = 0.5;
constexpr uint32_t kMaxLeadBlocks = 20;   // headline to container
constexpr uint32_t kMaxTailChars = 60;    // short lines after the text
constexpr uint32_t kMaxDateChars = 40;    // a date line is short,
constexpr uint32_t kMaxDateLetters = 12;  // mostly digits

bool IsBoilerplateTag(HtmlTag t) {
  return t == HtmlTag::kNav || t == HtmlTag::kAside || t == HtmlTag::kFooter ||
         t == HtmlTag::kMenu || t == HtmlTag::kDialog;
}

// Boilerplate hints of an element after resolving conflicts with content
// names: comments always count; other boilerplate names lose against
// strong content names ("entry-content widget-area" is the post).
uint32_t OwnBoilerplate(const HtmlElement& e) {
  if (e.tag == HtmlTag::kHtml || e.tag == HtmlTag::kBody) return 0;
  uint32_t bp = e.hints & kHintBoilerplate;
  if ((e.hints & kHintContent) || (e.flags & kElemArticleBody)) {
    bp &= kHintComment | kHintHidden;
  }
  if (IsBoilerplateTag(e.tag)) bp |= kHintNavigation;
  if (e.tag == HtmlTag::kForm) bp |= kHintNewsletter;
  return bp;
}

double ContentWeight(const HtmlTextBlock& b, bool heading) {
  if (b.alt || heading || b.chars < kMinGoodChars) return 0;
  const double ld = static_cast<double>(b.link_chars) / b.chars;
  if (ld > kMaxGoodLinkDensity) return 0;
  const double text = b.chars - b.link_chars;
  return b.punct > 0 ? text : text * 0.5;
}

double JunkWeight(const HtmlTextBlock& b, bool heading) {
  if (b.alt) return 0;
  double junk = b.link_chars;
  if (!heading && b.chars < kMinGoodChars)
    junk += (b.chars - b.link_chars) * 0.5;
  return junk;
}

// Lower-cased ASCII, collapsed spaces, no punctuation: for comparing a
// heading with the headline.
std::string Comparable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z')) {
      out.push_back(c);
    } else if (u >= 'A' && u <= 'Z') {
      out.push_back(static_cast<char>(u + 32));
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool MatchesHeadline(const std::string& heading, const std::string& headline) {
  if (heading.size() < 8 || headline.empty()) return false;
  if (heading == headline) return true;
  // <title> often adds the site name: "Headline - Site".
  return headline.find(heading) != std::string::npos &&
         heading.size() * 2 >= headline.size();
}

}  // namespace

void SelectMainContent(const HtmlDom& dom, std::string_view headline,
                       std::vector<bool>* main) {
  const size_t nb = dom.blocks.size();
  const size_t ne = dom.elements.size();
  main->assign(nb, false);
  if (nb == 0) return;

  auto is_heading = [&](const HtmlTextBlock& b) {
    return b.element >= 0 && IsHeadingTag(dom.elements[b.element].tag);
  };

  // Block weights before any exclusion, for the wrapper test.
  std::vector<double> raw_prefix(nb + 1, 0.0);
  for (size_t i = 0; i < nb; ++i) {
    raw_prefix[i + 1] =
        raw_prefix[i] + ContentWeight(dom.blocks[i], is_heading(dom.blocks[i]));
  }
  const double total = raw_prefix[nb];

  // Which elements hold the headline heading or an articleBody marker.
  const std::string headline_key = Comparable(headline);
  // Headings repeating the headline; the first <h1> among them (else the
  // first) marks the article for the boilerplate test.
  std::vector<uint32_t> title_blocks;
  int32_t title_block = -1;
  for (size_t i = 0; i < nb; ++i) {
    const HtmlTextBlock& b = dom.blocks[i];
    if (!is_heading(b) || b.chars > 300) continue;
    if (!MatchesHeadline(Comparable(b.text), headline_key)) continue;
    title_blocks.push_back(static_cast<uint32_t>(i));
    const bool h1 = dom.elements[b.element].tag == HtmlTag::kH1;
    if (title_block < 0 ||
        (h1 &&
         dom.elements[dom.blocks[title_block].element].tag != HtmlTag::kH1)) {
      title_block = static_cast<int32_t>(i);
    }
  }
  std::vector<uint8_t> marked(ne, 0);
  for (size_t e = 0; e < ne; ++e) {
    const HtmlElement& el = dom.elements[e];
    if ((el.flags & kElemArticleBody) || (el.hints & kHintContent)) {
      marked[e] = 1;
    }
    if (title_block >= 0 &&
        el.first_block <= static_cast<uint32_t>(title_block) &&
        static_cast<uint32_t>(title_block) < el.end_block) {
      marked[e] = 1;
    }
  }

  // Boilerplate, top-down (parents precede children in `elements`).
  std::vector<uint8_t> excluded(ne, 0);
  std::vector<uint8_t> own(ne, 0);
  for (size_t e = 0; e < ne; ++e) {
    const HtmlElement& el = dom.elements[e];
    uint32_t bp = OwnBoilerplate(el);
    if (bp != 0) {
      const double share =
          total > 0
              ? (raw_prefix[el.end_block] - raw_prefix[el.first_block]) / total
              : 0.0;
      const bool wrapper = share >= kWrapperShare;
      if (wrapper && (marked[e] || !(bp & kHintComment))) bp = 0;
      if (marked[e] && !(bp & (kHintComment | kHintHidden))) {
        // Holds the headline or the article body: not boilerplate.
        bp = 0;
      }
    }
    own[e] = bp != 0;
    excluded[e] = own[e] || (el.parent >= 0 && excluded[el.parent]);
  }

  // Weights after exclusion.
  std::vector<double> good(nb + 1, 0.0);
  std::vector<double> junk(nb + 1, 0.0);
  for (size_t i = 0; i < nb; ++i) {
    const HtmlTextBlock& b = dom.blocks[i];
    const bool out = b.element >= 0 && excluded[b.element];
    const bool h = is_heading(b);
    good[i + 1] = good[i] + (out ? 0.0 : ContentWeight(b, h));
    junk[i + 1] = junk[i] + (out ? 0.0 : JunkWeight(b, h));
  }

  // The container.
  int32_t best = -1;
  double best_score = 0;
  for (size_t e = 0; e < ne; ++e) {
    const HtmlElement& el = dom.elements[e];
    if (excluded[e] || el.end_block <= el.first_block) continue;
    const double g = good[el.end_block] - good[el.first_block];
    if (g <= 0) continue;
    const double j = junk[el.end_block] - junk[el.first_block];
    double bonus = 0;
    if ((el.flags & kElemArticleBody) || (el.hints & kHintContent)) {
      bonus = kStrongMarkerBonus;
    } else if ((el.flags & (kElemArticle | kElemMain)) ||
               (el.hints & kHintWeakContent)) {
      bonus = kWeakMarkerBonus;
    }
    const double score = g * (1.0 + bonus) - kJunkFactor * j;
    if (best < 0 || score > best_score) {
      best = static_cast<int32_t>(e);
      best_score = score;
    }
  }
  if (best < 0) return;

  // Blocks inside the container; boilerplate inside it is left out
  // (exclusions above the container do not count).
  const HtmlElement& c = dom.elements[best];
  std::vector<uint8_t> inner(ne, 0);  // excluded below the container
  size_t end_e = static_cast<size_t>(best) + 1;
  while (end_e < ne && dom.elements[end_e].depth > c.depth) {
    const HtmlElement& el = dom.elements[end_e];
    inner[end_e] = own[end_e] || (el.parent > best && inner[el.parent]);
    ++end_e;
  }
  auto keep = [&](const HtmlTextBlock& b) {
    if (b.chars == 0) return false;
    const double ld = static_cast<double>(b.link_chars) / b.chars;
    if (ld > kMaxMainLinkDensity) return false;
    // A bare date or time stamp ("03.04.2020 18:27") is metadata.
    if (b.chars <= kMaxDateChars && b.digits * 2 >= b.alnum_chars &&
        b.alnum_chars - b.digits <= kMaxDateLetters) {
      return false;
    }
    return true;
  };
  for (uint32_t i = c.first_block; i < c.end_block; ++i) {
    const HtmlTextBlock& b = dom.blocks[i];
    if (b.element > best && inner[b.element]) continue;
    (*main)[i] = keep(b);
  }
  // Short lines (at most one punctuation mark) after the last paragraph of
  // running text ("More on this", "Filed under: News", a sign-off link)
  // close the article; they are not part of it.
  {
    uint32_t last_text = c.first_block;
    bool any = false;
    for (uint32_t i = c.first_block; i < c.end_block; ++i) {
      if ((*main)[i] &&
          ContentWeight(dom.blocks[i], is_heading(dom.blocks[i])) > 0) {
        last_text = i;
        any = true;
      }
    }
    if (any) {
      for (uint32_t i = last_text + 1; i < c.end_block; ++i) {
        const HtmlTextBlock& b = dom.blocks[i];
        if ((*main)[i] && !b.alt && b.chars < kMaxTailChars && b.punct <= 1) {
          (*main)[i] = false;
        }
      }
    }
  }
  // A heading with no text of its own before the next heading or the end
  // of the content titles a section that was left out ("Related",
  // "More on this"): drop it.
  {
    int32_t open_heading = -1;
    for (uint32_t i = c.first_block; i < c.end_block; ++i) {
      if (!(*main)[i]) continue;
      const HtmlTextBlock& b = dom.blocks[i];
      if (b.alt) continue;
      if (is_heading(b)) {
        if (open_heading >= 0) (*main)[open_heading] = false;
        // The headline stays, even right above a subtitle.
        const bool headline_block =
            std::binary_search(title_blocks.begin(), title_blocks.end(), i);
        open_heading = headline_block ? -1 : static_cast<int32_t>(i);
      } else {
        open_heading = -1;
      }
    }
    if (open_heading >= 0) (*main)[open_heading] = false;
  }
  // The headline and what lies between it and the container: the last
  // heading repeating the headline shortly before the container.
  int32_t lead_from = -1;
  for (uint32_t t : title_blocks) {
    if (t < c.first_block && c.first_block - t <= kMaxLeadBlocks) {
      lead_from = static_cast<int32_t>(t);
    }
  }
  if (lead_from >= 0) {
    for (uint32_t i = lead_from; i < c.first_block; ++i) {
      const HtmlTextBlock& b = dom.blocks[i];
      if (b.element >= 0 && excluded[b.element]) continue;
      (*main)[i] = keep(b);
    }
  }
}

}  // namespace khabar
