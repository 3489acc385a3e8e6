// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// A CoNLL-U reader and writer (https://universaldependencies.org/format.html).
//
//   khabar::StatusOr<std::vector<khabar::ConlluSentence>> sentences =
//       khabar::ParseConllu(file_text);
//   if (!sentences.ok()) return sentences.status();  // kDataLoss, "line 7: .."
//   for (const khabar::ConlluSentence& s : *sentences) {
//     for (const khabar::ConlluWord& w : s.words) Use(w.form, w.upos);
//   }
//   std::string text = khabar::WriteConllu(*sentences);  // round trip
//
// A sentence is a run of comment lines ("# ...") and word lines ended by a
// blank line (a missing final blank line is accepted). Word lines have ten
// TAB-separated columns. The ID column is an integer word id (1, 2, ... in
// order), a multiword token range "a-b" (kept in `multiwords`, placed before
// word a) or an empty node "a.b" (kept in `empty_nodes`, placed after word a).
// Columns are kept as written ("_" stays "_"), so writing reproduces the
// input up to line endings (trailing "\r"s of a line are dropped) and the
// placement of comments, which are always written first.
//
// Errors: invalid UTF-8, a wrong column count, a malformed or out-of-order ID
// and a range that ends past the sentence are kDataLoss with the 1-based line
// number; a line longer than kConlluMaxLineBytes or a sentence with more than
// kConlluMaxWordsPerSentence words is kResourceExhausted. Nothing throws.
//
// Thread safety: free functions on values; safe from any thread.

#ifndef KHABAR_CONLLU_H_
#define KHABAR_CONLLU_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/status.h"

namespace khabar {

inline constexpr size_t kConlluMaxLineBytes = size_t{1} << 20;  // 1 MiB
inline constexpr int kConlluMaxWordsPerSentence = 100000;

// One syntactic word (an integer ID line) or one empty node.
struct ConlluWord {
  int id = 0;           // 1-based word id; for an empty node "a.b" this is a
  int empty_index = 0;  // ... and this is b (0 for ordinary words)
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;
  std::string head;
  std::string deprel;
  std::string deps;
  std::string misc;
};

// A multiword token "first-last": the surface token whose syntactic words are
// words[first-1 .. last-1]. Only FORM and MISC are meaningful in CoNLL-U; the
// other eight columns are written as "_".
struct ConlluMultiword {
  int first = 0;
  int last = 0;
  std::string form;
  std::string misc;
};

struct ConlluSentence {
  // Whole comment lines including the leading '#', e.g. "# sent_id = 1".
  std::vector<std::string> comments;
  std::vector<ConlluWord> words;            // ids 1..words.size() in order
  std::vector<ConlluMultiword> multiwords;  // sorted, non-overlapping
  std::vector<ConlluWord> empty_nodes;      // in file order
};

// Parses a whole CoNLL-U text. See the file comment for errors.
StatusOr<std::vector<ConlluSentence>> ParseConllu(std::string_view text);

// Appends one sentence (comments, then lines in id order, then a blank line).
void AppendConllu(const ConlluSentence& sentence, std::string* out);

// All sentences, each followed by a blank line.
std::string WriteConllu(const std::vector<ConlluSentence>& sentences);

// The value of the first comment "# key = value" or "# key value" (the UD v1
// style, e.g. "# sent_id s-p1"); empty if there is none. The view points into
// `sentence` and lives as long as it is unchanged.
std::string_view ConlluCommentValue(const ConlluSentence& sentence,
                                    std::string_view key);

// True if the sentence has a comment "# key" with no value or any value
// (e.g. "# newdoc", "# newdoc id = x").
bool ConlluHasComment(const ConlluSentence& sentence, std::string_view key);

}  // namespace khabar

#endif  // KHABAR_CONLLU_H_
