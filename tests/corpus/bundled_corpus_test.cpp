// The bundled corpus (corpus/data/documents): the five seed texts, split into
// articles and comments. The seeds are not in the repository, so their SHA-256
// sums and lengths, computed when the corpus was made, stand in for them.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "claimcheck/corpus/load.hpp"

namespace claimcheck::corpus {
namespace {

// FIPS 180-4 SHA-256, enough to fingerprint a few kilobytes in a test.
std::string sha256_hex(std::string_view data) {
  static constexpr std::array<std::uint32_t, 64> kRound = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
      0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
      0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
      0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
      0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
      0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
      0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
      0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
      0xc67178f2};
  std::array<std::uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  auto rotr = [](std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); };

  std::string message(data);
  std::uint64_t const bit_length = static_cast<std::uint64_t>(data.size()) * 8;
  message += static_cast<char>(0x80);
  while (message.size() % 64 != 56)
    message += '\0';
  for (int shift = 56; shift >= 0; shift -= 8) {
    message += static_cast<char>((bit_length >> shift) & 0xff);
  }

  for (std::size_t block = 0; block < message.size(); block += 64) {
    std::array<std::uint32_t, 64> w{};
    for (std::size_t i = 0; i < 16; ++i) {
      for (std::size_t j = 0; j < 4; ++j) {
        w[i] = (w[i] << 8) | static_cast<unsigned char>(message[block + i * 4 + j]);
      }
    }
    for (std::size_t i = 16; i < 64; ++i) {
      std::uint32_t const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      std::uint32_t const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::array<std::uint32_t, 8> v = h;
    for (std::size_t i = 0; i < 64; ++i) {
      std::uint32_t const s1 = rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25);
      std::uint32_t const choice = (v[4] & v[5]) ^ (~v[4] & v[6]);
      std::uint32_t const t1 = v[7] + s1 + choice + kRound[i] + w[i];
      std::uint32_t const s0 = rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22);
      std::uint32_t const majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
      std::uint32_t const t2 = s0 + majority;
      v = {t1 + t2, v[0], v[1], v[2], v[3] + t1, v[4], v[5], v[6]};
    }
    for (std::size_t i = 0; i < 8; ++i)
      h[i] += v[i];
  }
  std::string hex;
  for (std::uint32_t word : h) {
    char buffer[9];
    std::snprintf(buffer, sizeof buffer, "%08x", static_cast<unsigned>(word));
    hex += buffer;
  }
  return hex;
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

std::string const kArticle = "care-review-investigations-2021";

class BundledCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Loaded> result = load_directory(std::string(CLAIMCHECK_DATA_DIR) + "/documents");
    ASSERT_TRUE(result.ok()) << result.status().to_string();
    loaded_ = new Loaded(std::move(result).value());
  }
  static void TearDownTestSuite() {
    delete loaded_;
    loaded_ = nullptr;
  }

  static Document const& by_id(std::string const& id) {
    static Document const kMissing;
    for (Document const& doc : loaded_->documents) {
      if (doc.id == id)
        return doc;
    }
    ADD_FAILURE() << "no document " << id;
    return kMissing;
  }

  static Loaded* loaded_;
};

Loaded* BundledCorpus::loaded_ = nullptr;

TEST_F(BundledCorpus, LoadsFourteenDocumentsWithoutWarnings) {
  ASSERT_NE(loaded_, nullptr);
  EXPECT_EQ(loaded_->documents.size(), 14u);
  EXPECT_TRUE(loaded_->warnings.empty());
  std::map<DocumentKind, int> kinds;
  for (Document const& doc : loaded_->documents)
    ++kinds[doc.kind];
  EXPECT_EQ(kinds[DocumentKind::kArticle], 4);
  EXPECT_EQ(kinds[DocumentKind::kBlog], 1);
  EXPECT_EQ(kinds[DocumentKind::kComment], 9);
  EXPECT_EQ(kinds[DocumentKind::kReport], 0);
  EXPECT_EQ(kinds[DocumentKind::kUnknown], 0);
}

TEST_F(BundledCorpus, IdsAreUniqueAndBodiesNonEmptyValidUtf8) {
  ASSERT_NE(loaded_, nullptr);
  std::vector<std::string> ids;
  for (Document const& doc : loaded_->documents) {
    ids.push_back(doc.id);
    EXPECT_FALSE(doc.text.empty()) << doc.id;
    EXPECT_EQ(find_invalid_utf8(doc.text), std::string_view::npos) << doc.id;
    EXPECT_GT(doc.body_line, 1u) << doc.id << " has no front matter";
    EXPECT_EQ(doc.path.substr(doc.path.rfind('/') + 1), doc.id + ".txt");
  }
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
}

TEST_F(BundledCorpus, MetadataFromTheTexts) {
  ASSERT_NE(loaded_, nullptr);
  Document const& blog = by_id("ofsted-2016-blog");
  EXPECT_EQ(blog.kind, DocumentKind::kBlog);
  EXPECT_EQ(blog.date, "2016");
  EXPECT_EQ(blog.title, "Children\xE2\x80\x99s Services and Skills 2016: Social Care");

  Document const& belfast = by_id("belfast-telegraph-ofsted-2015");
  EXPECT_EQ(belfast.publisher, "Belfast Telegraph");
  EXPECT_EQ(belfast.title, "Ofsted warning about child services");
  EXPECT_EQ(belfast.kind, DocumentKind::kArticle);

  Document const& cypnow = by_id("cypnow-no-good-options-2017-03-28");
  EXPECT_EQ(cypnow.publisher, "CYP Now");
  EXPECT_EQ(cypnow.date, "2017-03-28");
  EXPECT_EQ(cypnow.kind, DocumentKind::kArticle);

  Document const& leadership = by_id("ofsted-weak-leadership-2016-06-29");
  EXPECT_EQ(leadership.date, "2016-06-29");
  EXPECT_EQ(leadership.title, "Ofsted finds weak leadership is failing children in social care");

  Document const& review = by_id(kArticle);
  EXPECT_EQ(review.kind, DocumentKind::kArticle);
  EXPECT_EQ(review.date, "2021");
  EXPECT_TRUE(review.parent.empty());
}

TEST_F(BundledCorpus, CommentsPointAtTheCareReviewArticle) {
  ASSERT_NE(loaded_, nullptr);
  int comments = 0;
  for (Document const& doc : loaded_->documents) {
    if (doc.kind != DocumentKind::kComment) {
      EXPECT_TRUE(doc.parent.empty()) << doc.id;
      continue;
    }
    ++comments;
    EXPECT_EQ(doc.parent, kArticle) << doc.id;
    char expected_id[64];
    std::snprintf(expected_id, sizeof expected_id, "%s-comment-%02d", kArticle.c_str(), comments);
    EXPECT_EQ(doc.id, expected_id);
  }
  EXPECT_EQ(comments, 9);
  // Boundaries judged by content (corpus/data/documents/README.md).
  EXPECT_EQ(by_id(kArticle + "-comment-01")
                .text.rfind("\xE2\x80\x9D"
                            "1 in 10 children in 2018",
                            0),
            0u);
  std::string const& statistics = by_id(kArticle + "-comment-07").text;
  EXPECT_EQ(statistics.rfind("I agree. Just by looking at the statistics", 0), 0u);
  EXPECT_NE(statistics.find("\nThe number of Looked After Children has nearly doubled."),
            std::string::npos);
  std::string const& reply = by_id(kArticle + "-comment-09").text;
  EXPECT_EQ(reply.rfind("To CP\nI\xE2\x80\x99ve been a Social Worker for 21 yrs", 0), 0u);
}

struct Seed {
  char const* id;
  std::size_t length;
  char const* sha256;
};

// shared/seeds/00N_*.txt, fingerprinted when the corpus was made.
constexpr Seed kWholeSeeds[] = {
    {"ofsted-2016-blog", 6692, "6225bf241bca4dcaf7477da6f2e8ee04c56eeb01421386f20bb4226a99b9cd8c"},
    {"belfast-telegraph-ofsted-2015", 4852,
     "eba369442c88be6f0726604d31bf708749d5ea8f7f665366f923070eaa2f525f"},
    {"cypnow-no-good-options-2017-03-28", 12105,
     "915ecdb5459065e4e1e5c63173790a907142caa9a585496a99b53774f8dbb35a"},
    {"ofsted-weak-leadership-2016-06-29", 3568,
     "6541af888f15cbe085bc5479324cca198ea83ed5c178649e0147259f4714ec49"},
};
constexpr Seed kSplitSeed = {"care-review-investigations-2021", 12805,
                             "ca389ccc8c177bd1ce6df065f4338073c5f822c2e39b5e8b05a90fd32fde21ef"};

TEST_F(BundledCorpus, BodiesAreTheSeedBytes) {
  ASSERT_NE(loaded_, nullptr);
  for (Seed const& seed : kWholeSeeds) {
    std::string const& text = by_id(seed.id).text;
    EXPECT_EQ(text.size(), seed.length) << seed.id;
    EXPECT_EQ(sha256_hex(text), seed.sha256) << seed.id;
  }
}

TEST_F(BundledCorpus, ArticleAndCommentsRebuildSeed004) {
  ASSERT_NE(loaded_, nullptr);
  std::string rebuilt = by_id(kArticle).text;
  std::vector<Document const*> comments;
  for (Document const& doc : loaded_->documents) {
    if (doc.parent == kArticle)
      comments.push_back(&doc);
  }
  std::sort(comments.begin(), comments.end(),
            [](Document const* a, Document const* b) { return a->id < b->id; });
  ASSERT_EQ(comments.size(), 9u);
  for (Document const* comment : comments) {
    // Each comment is whole lines: it ends with its line break, the last one
    // (the end of the seed) excepted.
    if (comment != comments.back()) {
      EXPECT_EQ(comment->text.back(), '\n') << comment->id;
    }
    rebuilt += comment->text;
  }
  EXPECT_EQ(by_id(kArticle).text.back(), '\n');
  EXPECT_EQ(rebuilt.size(), kSplitSeed.length);
  EXPECT_EQ(sha256_hex(rebuilt), kSplitSeed.sha256);
}

}  // namespace
}  // namespace claimcheck::corpus
