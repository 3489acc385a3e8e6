// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Document: the one object every khabar stage reads and adds to.
//
// A Document owns the caller's original bytes, exactly as given, and carries
// layers that stages add: normalized views (each with its alignment map),
// tokens, sentences, and, as later stages land, words, entities and quotes.
// Every span in every layer is a byte range into the original bytes, so a
// result always points at the article as written. Stages are functions of
// (immutable models, Document); no stage re-tokenizes what an earlier one
// did.
//
//   auto doc = khabar::Document::Create(std::move(bytes));
//   if (!doc.ok()) return doc.status();
//   KHABAR_RETURN_IF_ERROR(analyzer.Analyze(&*doc));
//   for (const khabar::Sentence& s : doc->sentences())
//     show(doc->Slice(s.span));
//
// Thread safety: a Document is a value; it is not safe to modify one from two
// threads, and safe to read one from many.

#ifndef KHABAR_DOCUMENT_H_
#define KHABAR_DOCUMENT_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/normalizer.h"
#include "khabar/sentence_splitter.h"
#include "khabar/status.h"
#include "khabar/tokenizer.h"
#include "khabar/utf8.h"

namespace khabar {

// The largest document khabar accepts (offsets are 32-bit).
inline constexpr size_t kMaxDocumentBytes = kMaxNormalizeBytes;

class Document {
 public:
  // Takes ownership of `text`. Under kReject, ill-formed UTF-8 is a
  // kDataLoss error naming the byte offset; under kReplace (default) the
  // bytes are kept and read as U+FFFD by every stage. Larger than
  // kMaxDocumentBytes: kResourceExhausted.
  static StatusOr<Document> Create(
      std::string text, InvalidUtf8Policy policy = InvalidUtf8Policy::kReplace);

  Document(Document&&) = default;
  Document& operator=(Document&&) = default;

  // The original bytes.
  std::string_view text() const { return text_; }
  // The bytes of `span`, clamped to the text.
  std::string_view Slice(ByteSpan span) const;
  // True if the original held ill-formed UTF-8 (read as U+FFFD).
  bool had_invalid_utf8() const { return had_invalid_utf8_; }

  // A caller-chosen identifier (e.g. the "id" of a JSONL record).
  const std::string& id() const { return id_; }
  void set_id(std::string id) { id_ = std::move(id); }

  // A normalized view, or nullptr if no stage computed it.
  const NormalizedText* normalized(NormalizationLevel level) const;
  NormalizedText* mutable_normalized(NormalizationLevel level);
  // Removes a view (normalized(level) is nullptr afterwards).
  void ClearNormalized(NormalizationLevel level);

  const std::vector<Token>& tokens() const { return tokens_; }
  std::vector<Token>* mutable_tokens() { return &tokens_; }

  const std::vector<Sentence>& sentences() const { return sentences_; }
  std::vector<Sentence>* mutable_sentences() { return &sentences_; }

 private:
  Document() = default;

  std::string text_;
  std::string id_;
  bool had_invalid_utf8_ = false;
  std::array<std::optional<NormalizedText>, 2> normalized_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
};

}  // namespace khabar

#endif  // KHABAR_DOCUMENT_H_
