#include "bench_corpus.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "claimcheck/corpus/load.hpp"

namespace claimcheck::bench {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string trim(std::string_view s) {
  while (!s.empty() && is_space(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && is_space(s.back()))
    s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

std::vector<corpus::Document> const& bundled_documents() {
  static std::vector<corpus::Document> const documents = [] {
    auto loaded = corpus::load_directory(corpus::bundled_corpus_dir());
    if (!loaded.ok() || loaded.value().documents.empty()) {
      std::fprintf(stderr, "claimcheck bench: cannot load the bundled corpus (%s): %s\n",
                   corpus::bundled_corpus_dir().c_str(), loaded.status().to_string().c_str());
      std::exit(1);
    }
    return std::move(loaded).value().documents;
  }();
  return documents;
}

std::string ascii_only(std::string const& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto const c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back(text[i++]);
      continue;
    }
    std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    std::string_view sequence(text.data() + i, std::min(length, text.size() - i));
    if (sequence == "\u2018" || sequence == "\u2019" || sequence == "\u201C" ||
        sequence == "\u201D") {
      out.push_back('\'');
    } else if (sequence == "\u2013" || sequence == "\u2014") {
      out.push_back('-');
    } else {
      out.push_back(' ');
    }
    i += sequence.size();
  }
  return out;
}

std::vector<std::string> paragraphs(std::vector<corpus::Document> const& documents) {
  std::vector<std::string> out;
  for (auto const& document : documents) {
    std::string_view text = document.text;
    while (!text.empty()) {
      std::size_t const cut = text.find("\n\n");
      std::string paragraph = trim(text.substr(0, cut));
      if (!paragraph.empty())
        out.push_back(std::move(paragraph));
      if (cut == std::string_view::npos)
        break;
      text.remove_prefix(cut + 2);
    }
  }
  return out;
}

std::vector<corpus::Document> synthetic_documents(std::vector<corpus::Document> const& documents,
                                                  std::size_t total_bytes, std::uint64_t seed) {
  std::vector<std::string> pool = paragraphs(documents);
  std::vector<corpus::Document> out;
  if (pool.empty())
    return out;
  std::mt19937_64 random(seed);
  std::uniform_int_distribution<std::size_t> document_size(2048, 6144);
  std::vector<std::size_t> order(pool.size());
  std::size_t next = order.size();
  std::size_t total = 0;
  while (total < total_bytes) {
    corpus::Document document;
    char id[32];
    std::snprintf(id, sizeof id, "bench-%06zu", out.size() + 1);
    document.id = id;
    document.kind = corpus::DocumentKind::kArticle;
    document.path = "bench";
    std::size_t const target = document_size(random);
    while (document.text.size() < target) {
      if (next == order.size()) {  // a fresh shuffle of every paragraph
        for (std::size_t i = 0; i < order.size(); ++i)
          order[i] = i;
        std::shuffle(order.begin(), order.end(), random);
        next = 0;
      }
      if (!document.text.empty())
        document.text += "\n\n";
      document.text += pool[order[next++]];
    }
    document.text += '\n';
    total += document.text.size();
    out.push_back(std::move(document));
  }
  return out;
}

}  // namespace claimcheck::bench
