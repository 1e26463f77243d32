// The extractor stage: normalisation and its offset map, sentence segmentation,
// and the Extractor end to end (spans index the original text, not-claims stay
// out), plus a seeded robustness run through the Extractor and the JSON report.
#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "claimcheck/corpus/document.hpp"
#include "claimcheck/extractor/extract.hpp"
#include "claimcheck/extractor/normalize.hpp"
#include "claimcheck/extractor/segment.hpp"
#include "claimcheck/grammar/quantity.hpp"
#include "claimcheck/report/json.hpp"

namespace {

using claimcheck::corpus::Document;
using claimcheck::extractor::Claim;
using claimcheck::extractor::Extractor;
using claimcheck::extractor::normalize;
using claimcheck::extractor::OffsetMap;
using claimcheck::extractor::segment_sentences;
using claimcheck::extractor::Span;
using claimcheck::grammar::Hedge;
using claimcheck::grammar::QuantityKind;

std::string_view slice(std::string_view text, Span span) {
  return text.substr(span.begin, span.size());
}

std::vector<Claim> extract(std::string text, std::string id = "t") {
  Document document;
  document.id = std::move(id);
  document.text = std::move(text);
  static Extractor const extractor;
  return extractor.extract(document);
}

std::string describe(std::vector<Claim> const& claims) {
  std::string out;
  for (Claim const& c : claims) {
    out += "\n  '" + c.text + "' kind " +
           std::string(claimcheck::grammar::to_string(c.quantity.kind)) + " value " +
           std::to_string(c.quantity.value);
  }
  return out.empty() ? " (none)" : out;
}

bool has_value(std::vector<Claim> const& claims, double value) {
  return std::any_of(claims.begin(), claims.end(), [&](Claim const& c) {
    return std::abs(c.quantity.value - value) <= 1e-9 * std::max(1.0, std::abs(value));
  });
}

// The sentence (as text) that contains `needle`, or "" if none does.
std::string sentence_with(std::string_view text, std::string_view needle) {
  for (Span s : segment_sentences(text)) {
    if (slice(text, s).find(needle) != std::string_view::npos)
      return std::string(slice(text, s));
  }
  return "";
}

// ---- OffsetMap and normalize() ------------------------------------------------

TEST(OffsetMap, AsciiIsIdentity) {
  std::string const text = "Costs rose 16% since 2011.";
  auto norm = normalize(text);
  EXPECT_EQ(norm.text, text);
  EXPECT_EQ(norm.lower, "costs rose 16% since 2011.");
  EXPECT_TRUE(norm.map.identity());
  for (std::size_t b = 0; b <= text.size(); ++b) {
    EXPECT_EQ(norm.map.to_original_begin(b), b);
    EXPECT_EQ(norm.map.to_original_end(b), b);
  }
  EXPECT_EQ(norm.map.to_original(Span{11, 14}), (Span{11, 14}));
}

TEST(OffsetMap, EmptyText) {
  auto norm = normalize("");
  EXPECT_EQ(norm.text, "");
  EXPECT_TRUE(norm.map.identity());
  EXPECT_EQ(norm.map.to_original(Span{0, 0}), (Span{0, 0}));
}

TEST(OffsetMap, CurlyQuoteFoldsAndShifts) {
  std::string const text = "It\u2019s 16 per cent";  // ’ is three bytes
  auto norm = normalize(text);
  EXPECT_EQ(norm.text, "It's 16 per cent");
  EXPECT_FALSE(norm.map.identity());
  EXPECT_EQ(norm.map.to_original_begin(4), 6u);  // the header's example
  Span const figure{5, 7};                       // "16" in the normalised text
  ASSERT_EQ(slice(norm.text, figure), "16");
  EXPECT_EQ(slice(text, norm.map.to_original(figure)), "16");
  // The quote itself maps to all three of its bytes.
  EXPECT_EQ(slice(text, norm.map.to_original(Span{2, 3})), "\u2019");
}

TEST(OffsetMap, DoubleCurlyQuotes) {
  std::string const text = "\u201c16%\u201d";
  auto norm = normalize(text);
  EXPECT_EQ(norm.text, "\"16%\"");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{1, 4})), "16%");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{0, 5})), text);
}

TEST(OffsetMap, EnDashFolds) {
  std::string const text = "in 2012\u201313 it rose";
  auto norm = normalize(text);
  EXPECT_EQ(norm.text, "in 2012-13 it rose");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{3, 10})), "2012\u201313");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{8, 10})), "13");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{11, 18})), "it rose");
}

TEST(OffsetMap, NoBreakSpaceFolds) {
  std::string const text = "\u00a316\u00a0million, 40\u202f000";
  auto norm = normalize(text);
  EXPECT_EQ(norm.text, "\u00a316 million, 40 000");
  std::size_t const at = norm.text.find("16 million");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(slice(text, norm.map.to_original(Span{at, at + 10})), "16\u00a0million");
  std::size_t const forty = norm.text.find("40 000");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{forty, forty + 6})), "40\u202f000");
}

TEST(OffsetMap, LigatureExpandsToTwoBytes) {
  std::string const text = "\ufb01ve rose 16%";  // "ﬁ" is three bytes, "fi" two
  auto norm = normalize(text);
  EXPECT_EQ(norm.text, "five rose 16%");
  std::size_t const at = norm.text.find("16%");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{at, at + 3})), "16%");
  // Half of the ligature maps to the whole character, never into it.
  EXPECT_EQ(slice(text, norm.map.to_original(Span{1, 2})), "\ufb01");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{0, 1})), "\ufb01");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{0, 4})), "\ufb01ve");
}

TEST(OffsetMap, FullWidthDigitsBecomeAscii) {
  std::string const text = "Up \uff11\uff16% since 2011";  // "１６%"
  auto norm = normalize(text);
  EXPECT_EQ(norm.text, "Up 16% since 2011");
  Span const figure{3, 6};
  ASSERT_EQ(slice(norm.text, figure), "16%");
  EXPECT_EQ(slice(text, norm.map.to_original(figure)), "\uff11\uff16%");
  // One digit of the pair still maps to bytes that contain the figure.
  std::string_view const one = slice(text, norm.map.to_original(Span{4, 5}));
  EXPECT_NE(one.find("\uff16"), std::string_view::npos);
  std::size_t const since = norm.text.find("since");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{since, since + 5})), "since");
}

TEST(OffsetMap, FullWidthPercentSign) {
  std::string const text = "\uff11\uff16\uff05";  // "１６％"
  auto norm = normalize(text);
  EXPECT_EQ(norm.text, "16%");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{0, 3})), text);
}

TEST(OffsetMap, ConstructedSegments) {
  // Original "a’b" (a, three-byte quote, b) normalised to "a'b".
  OffsetMap map({{1, 2, 1, 4}}, 3, 5);
  EXPECT_EQ(map.to_original_begin(0), 0u);
  EXPECT_EQ(map.to_original_begin(1), 1u);
  EXPECT_EQ(map.to_original_end(2), 4u);
  EXPECT_EQ(map.to_original_begin(2), 4u);
  EXPECT_EQ(map.to_original_end(3), 5u);
  EXPECT_EQ(map.to_original(Span{0, 3}), (Span{0, 5}));
  EXPECT_EQ(map.to_original(Span{1, 1}).begin, 1u);
}

TEST(Normalize, FoldsWhatAReaderDoesNotDistinguish) {
  auto norm = normalize("\u201cUp\u201d \u2014 by 3\u00bd\u2026 \u2212 5");
  EXPECT_EQ(norm.text.find("\u201c"), std::string::npos);
  EXPECT_EQ(norm.text.find("\u2014"), std::string::npos);
  EXPECT_EQ(norm.text.find("\u2026"), std::string::npos);
  EXPECT_NE(norm.text.find("\"Up\" - by 3"), std::string::npos) << norm.text;
  EXPECT_NE(norm.text.find("..."), std::string::npos) << norm.text;
  EXPECT_NE(norm.text.find("- 5"), std::string::npos) << norm.text;  // minus sign
}

TEST(Normalize, DropsZeroWidthAndSoftHyphen) {
  std::string const text = "1\u200b6% of chil\u00addren";
  auto norm = normalize(text);
  EXPECT_EQ(norm.text, "16% of children");
  EXPECT_EQ(slice(text, norm.map.to_original(Span{0, 3})), "1\u200b6%");
}

TEST(Normalize, ComposesCombiningSequences) {
  auto norm = normalize("cafe\u0301 16%");
  EXPECT_EQ(norm.text, "caf\u00e9 16%");
}

TEST(Normalize, LowerIsAsciiLowercaseSameOffsets) {
  auto norm = normalize("GBP \u00a34.5BN \u00c9TAT");
  ASSERT_EQ(norm.lower.size(), norm.text.size());
  for (std::size_t i = 0; i < norm.text.size(); ++i) {
    char const c = norm.text[i];
    char const want = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    EXPECT_EQ(norm.lower[i], want) << "at " << i;
  }
}

// ---- segment_sentences ----------------------------------------------------------

TEST(Segment, HeaderExample) {
  std::string const text = "29%\nrise in plans\n\nNext one.";
  auto spans = segment_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(slice(text, spans[0]), "29%\nrise in plans");
  EXPECT_EQ(slice(text, spans[1]), "Next one.");
}

TEST(Segment, StatBoxStaysOneSentence) {
  std::string const text =
      "Rise in care demand\n\n29%\nrise in children on child protection plans between 2010/11 "
      "and 2015/16\n\n";
  std::string const s = sentence_with(text, "29%");
  EXPECT_NE(s.find("rise in children on child protection plans"), std::string::npos) << s;
  EXPECT_EQ(s.find("Rise in care demand"), std::string::npos) << s;
}

TEST(Segment, GluedCaptionSplits) {
  std::string const text =
      "care reportLaunching the report, Sir Michael Wishaw, Ofsted, said: \"Today's report "
      "finds that three out of four local authorities inspected are rated less than good.\"";
  auto spans = segment_sentences(text);
  ASSERT_GE(spans.size(), 2u);
  EXPECT_EQ(slice(text, spans[0]), "care report");
  EXPECT_EQ(slice(text, spans[1]).substr(0, 22), "Launching the report, ");
}

TEST(Segment, FootnoteMarkerEndsTheSentence) {
  std::string const text =
      "the  number of children over the age of 16 on plans has increased by 54%.1.  Following "
      "a trend of decreasing numbers of unaccompanied asylum-seeking children looked after "
      "since 2009 (the figure peaked at 3,880) there was a sharp increase of 30% between 2014 "
      "and 2015.";
  std::string const s = sentence_with(text, "increased by 54%");
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s.find("Following"), std::string::npos) << s;
  EXPECT_FALSE(sentence_with(text, "Following a trend").empty());
}

TEST(Segment, SoftWrappedCitationJoins) {
  std::string const text =
      "\u201d1 in 10 children in 2018 had a social worker in the past six years (Department\n"
      "for Education, 2019b), and it is estimated that 25% of children will have had a social "
      "worker before their 16th birthday (Jay et al., 2020)\u201d.\n";
  auto norm = normalize(text);
  std::string const s = sentence_with(norm.text, "(Department");
  EXPECT_NE(s.find("(Department\nfor Education, 2019b)"), std::string::npos) << s;
}

TEST(Segment, TrimsAndDropsEmpty) {
  std::string const text = "  \n\n One.  \n\n\n  Two.  ";
  auto spans = segment_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(slice(text, spans[0]), "One.");
  EXPECT_EQ(slice(text, spans[1]), "Two.");
  EXPECT_TRUE(segment_sentences("").empty());
  EXPECT_TRUE(segment_sentences(" \n\t ").empty());
}

TEST(Segment, SpansAreOrderedAndInside) {
  std::string const text =
      "One in five boards is failing. Costs rose 16% since 2011! Did they?\nYes: 21 in total.";
  auto spans = segment_sentences(text);
  ASSERT_GE(spans.size(), 3u);
  std::size_t last = 0;
  for (Span s : spans) {
    EXPECT_LE(last, s.begin);
    EXPECT_LT(s.begin, s.end);
    EXPECT_LE(s.end, text.size());
    last = s.end;
  }
}

// ---- the Extractor end to end ---------------------------------------------------

// Every claim's span and sentence_span index the original text exactly.
void expect_spans_index_original(std::string const& text, std::vector<Claim> const& claims) {
  for (Claim const& c : claims) {
    ASSERT_LE(c.span.begin, c.span.end);
    ASSERT_LE(c.span.end, text.size());
    EXPECT_EQ(c.text, text.substr(c.span.begin, c.span.size()));
    ASSERT_LE(c.sentence_span.end, text.size());
    EXPECT_EQ(c.sentence, text.substr(c.sentence_span.begin, c.sentence_span.size()));
    EXPECT_LE(c.sentence_span.begin, c.span.begin) << c.text;
    EXPECT_LE(c.span.end, c.sentence_span.end) << c.text;
  }
}

TEST(Extractor, HeaderExample) {
  std::string const text = "Costs rose 16% since 2011.";
  auto claims = extract(text, "d1");
  ASSERT_EQ(claims.size(), 1u) << describe(claims);
  Claim const& c = claims[0];
  EXPECT_EQ(c.text, "16%");
  EXPECT_EQ(c.span, (Span{11, 14}));
  EXPECT_EQ(c.quantity.kind, QuantityKind::kPercent);
  EXPECT_DOUBLE_EQ(c.quantity.value, 16);
  EXPECT_DOUBLE_EQ(c.quantity.low, 15.5);
  EXPECT_DOUBLE_EQ(c.quantity.high, 16.5);
  EXPECT_EQ(c.doc, "d1");
  EXPECT_EQ(c.id, "d1:c1");
  EXPECT_EQ(c.sentence, text);
  expect_spans_index_original(text, claims);
}

TEST(Extractor, EmptyAndFigureFreeTexts) {
  EXPECT_TRUE(extract("").empty());
  EXPECT_TRUE(extract("Nothing to count here.").empty());
  EXPECT_TRUE(extract("\n\n  \n").empty());
}

TEST(Extractor, SpansIndexOriginalThroughFolds) {
  std::vector<std::string> const texts = {
      "It\u2019s up 16 per cent \u2013 to \u00a32.3bn in 2019\u201320.",
      "\u201cAround \uff11\uff16% of \ufb01rms,\u201d she said.",
      "Spending fell from around \u00a33.5bn in 2012-13 to \u00a32.3bn in 2019-20.",
      "A rise of 4.9%\u00a0(550,000) \u2014 one in four.",
      "\u201d1 in 10 children in 2018 had a social worker (Department\nfor Education, 2019b), "
      "and 25% of children will have had one.",
      "Caf\u00e9s: e\u0301 12 and \u00bd of 40\u202f000 people.",
  };
  for (std::string const& text : texts) {
    SCOPED_TRACE(text);
    auto claims = extract(text);
    EXPECT_FALSE(claims.empty());
    expect_spans_index_original(text, claims);
  }
}

TEST(Extractor, FullWidthFigure) {
  std::string const text = "Up \uff11\uff16% since 2011.";
  auto claims = extract(text);
  ASSERT_EQ(claims.size(), 1u) << describe(claims);
  EXPECT_EQ(claims[0].text, "\uff11\uff16%");
  EXPECT_EQ(claims[0].quantity.kind, QuantityKind::kPercent);
  EXPECT_DOUBLE_EQ(claims[0].quantity.value, 16);
}

TEST(Extractor, CurlyQuotedFigure) {
  std::string const text = "She said it\u2019s \u201c16 per cent\u201d higher.";
  auto claims = extract(text);
  ASSERT_EQ(claims.size(), 1u) << describe(claims);
  EXPECT_EQ(claims[0].text, "16 per cent");
  EXPECT_EQ(claims[0].quantity.kind, QuantityKind::kPercent);
  expect_spans_index_original(text, claims);
}

TEST(Extractor, ClaimsInTextOrderWithUniqueIds) {
  std::string const text =
      "Costs rose 16% since 2011. One in five boards is failing. Spending fell by \u00a3538 "
      "million.";
  auto claims = extract(text, "doc");
  ASSERT_GE(claims.size(), 3u) << describe(claims);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    EXPECT_EQ(claims[i].id, "doc:c" + std::to_string(i + 1));
    if (i > 0) {
      EXPECT_LT(claims[i - 1].span.begin, claims[i].span.begin);
    }
  }
  expect_spans_index_original(text, claims);
}

TEST(Extractor, CommentDocumentsAreCommentSection) {
  Document document;
  document.id = "c";
  document.kind = claimcheck::corpus::DocumentKind::kComment;
  document.text = "Up 16% since 2011.";
  auto claims = Extractor{}.extract(document);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].section, claimcheck::extractor::Section::kComment);
}

TEST(Extractor, FootnoteMarkerIsNotADecimal) {
  std::string const text =
      "the number of children over the age of 16 on plans has increased by 54%.1.  Following "
      "a trend of decreasing numbers.";
  auto claims = extract(text);
  auto it =
      std::find_if(claims.begin(), claims.end(), [](Claim const& c) { return c.text == "54%"; });
  ASSERT_NE(it, claims.end()) << describe(claims);
  EXPECT_EQ(it->quantity.kind, QuantityKind::kPercent);
  EXPECT_DOUBLE_EQ(it->quantity.value, 54);
  EXPECT_EQ(it->sentence.find("Following"), std::string::npos) << it->sentence;
  EXPECT_FALSE(has_value(claims, 54.1)) << describe(claims);
  EXPECT_FALSE(has_value(claims, 1)) << describe(claims);
  expect_spans_index_original(text, claims);
}

TEST(Extractor, TrailingFootnoteMarker) {
  std::string const text =
      "Of the 15,270 children looked after, 1,970 (13%) are unaccompanied asylum-seeking "
      "children.2\n\nNext paragraph.";
  auto claims = extract(text);
  EXPECT_TRUE(has_value(claims, 15270)) << describe(claims);
  EXPECT_TRUE(has_value(claims, 1970)) << describe(claims);
  EXPECT_TRUE(has_value(claims, 13)) << describe(claims);
  EXPECT_FALSE(has_value(claims, 2)) << describe(claims);
}

// Figures that are identifiers, references or times: no claim at all.
class NotClaims : public testing::TestWithParam<char const*> {};

TEST_P(NotClaims, GiveNoClaim) {
  auto claims = extract(GetParam());
  EXPECT_TRUE(claims.empty()) << "in '" << GetParam() << "':" << describe(claims);
}

// A readable test name from the text: "3_See_page_12_for_the_details".
std::string not_claim_name(testing::TestParamInfo<char const*> const& param) {
  std::string name;
  for (char const* p = param.param; *p != '\0' && name.size() < 40; ++p) {
    bool const alnum =
        (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
    if (alnum) {
      name += *p;
    } else if (!name.empty() && name.back() != '_') {
      name += '_';
    }
  }
  while (!name.empty() && name.back() == '_')
    name.pop_back();
  return std::to_string(param.index) + "_" + name;
}

INSTANTIATE_TEST_SUITE_P(
    Extractor, NotClaims,
    testing::Values(
        "Councils act under section 47 of the Children Act 1989.",
        "Support is provided under section 17 of the Children Act 1989.",
        "See page 12 for the details.", "The meeting starts at 10:30am.",
        "The meeting starts at 10.30 am sharp.", "Doors open at 9pm.",
        "For help, call +44 20 7946 0958 today.", "Ring 020 7946 0958 now.",
        "The service opened in 2015.", "Most will have had a social worker (Jay et al., 2020).",
        "It was set out in paragraph 3 of the guidance.",
        "The new rules are in Table 3 and Figure 2.",
        "The server at 192.168.1.2 runs version 3.10.4 of the software.",
        "It was a grand total of nothing.", "The panel met on 17/05/2018.",
        "The number 42 service will stop.", "Take the No 17 bus to Unit 4.",
        "It is filed under Dewey 941.", "The data are in Footnote [2].",
        // Footnote marks, paragraph numbers, labels, a US phone number and dates.
        "It grew over the decade.[1]", "[2] Ofsted, Social care annual report, page 9.",
        "3.1 Referrals rose sharply.", "A grant (recommendation 4) is proposed.",
        "Sources are in footnotes 1 to 23.", "Report leaks at (610) 555-0143.",
        "Residents on the 1400 block of Ferry Street lost water.",
        "Borrowers on Plan 2 loans and Type 1 diabetes patients.",
        "See the statistical release SFR 41/2015.", "Embargoed until 00.01 Tuesday.",
        "My son is 15.", "Leave care on turning 18.",
        "The survey ran between 6 and 27 September 2021.",
        "It crossed Highway 49 near Station 7 and County Road 112.",
        "The rate changes on July 1, the board said.", "A hearing is at 7 p.m. May 21 in Room 204.",
        "Any time to meet on 5/17/18?", "The report was published on 2021-03-31.",
        "Care is provided 24/7.", "Security changed after 9/11.",
        "Call Childline on 0800 1111 or ring 03000 41 11 11.", "Call 101, or 999, or use NHS 111.",
        "Quote reference SC412907.", "Most of them are aged 16 or 17.",
        "See pages 12 to 15 and sections 17 and 47.", "The panel met on 21 February at 10am.",
        "Hearings ran between 4 and 15 July.", "It covers 1 to 30 April.", "It began on 23 March.",
        "Behind each one is a child.", "Every one of the findings was upheld.",
        "She got a one-off payment.", "No one knows.", "I am 46 now.", "I qualified when I was 24.",
        "A child of two who waits has waited long.", "She is 30 years old.",
        "Children as young as 12 were placed.", "I'm 52.",
        "Inspectors will return within six months.",
        "It was rated inadequate for the second time in four years.",
        "The rate is the highest in 22 years.", "It was the largest cut in at least 40 years.",
        "No child under 18 should be placed in a hotel.", "She had left care by the age of 19.",
        "Mr Oduya, 41, runs the charity.", "It is one of the most deprived areas.",
        "We live in a one-bed flat.", "The trust is a registered charity (no. 1089542).",
        // ICU splits this line (it is not ASCII); the split after "no." is mended.
        "The Hearth Institute \u00b7 Registered charity no. 1187342 \u00b7 ISBN 978-1-9163-4472-0",
        "Holmes, L. (2021) 'The cost of care', Journal of Children's Services, 16(3), pp. 201-219.",
        // Names with numbers: indices, school years, addresses, charts, codes.
        "Traders watch the S&P 500 and the FTSE 100.", "Year 6 pupils sat the tests.",
        "The school is at 45 Church Road.", "See Chart 4 and item 7.",
        "Download version 2.1 of the app.", "We live in Zone 4.", "Crashes fell on 20mph roads.",
        "The 30mph limit stays.", "Jordan, 20, left care.", "Most leave by the time they turn 21.",
        "Call or text 988 any time.", "Traffic on Interstate 5 slowed.", "See note 7.",
        "Casualties fell in the first six months of the scheme.",
        "At COP28, countries agreed to act.", "Pupils take Key Stage 4 exams.",
        "The institute finds a real-terms rise.", "A 16-year-old pupil spoke.",
        "My dad, 81, was on a trolley.", "One 14-year-old boy was moved.",
        "Prices rose in the three months to January.", "Costs rose in the last 10 years.",
        // A figure joined to a singular noun describes the next noun.
        "It followed a 19-hour outage.", "She went to the 24-hour pharmacy.",
        "They rent a 3-bedroom flat.", "- Two-year trial of free Sunday travel",
        // Clock times with their zone; a wire dateline's day.
        "Trading opened at 0900 GMT.", "The vote is at 1030 BST.",
        "OSLO, March 14 (NordWire) - Markets rose."),
    not_claim_name);

// Joined words that make the figure a measure of its own keep it a claim.
TEST(Extractor, AJoinedMeasureIsStillAFigure) {
  for (std::string const sentence :
       {"It was a 10-fold rise.", "Labour has a 3-point lead.", "There is a 1-in-4 chance."}) {
    EXPECT_FALSE(extract(sentence).empty()) << sentence;
  }
}

// "Ml" with a capital is megalitres, a million litres; "ml" is millilitres.
TEST(Extractor, MegalitresAreMillionsOfLitres) {
  auto const mega = extract("Leakage fell to 212 Ml last year.");
  ASSERT_EQ(mega.size(), 1u);
  EXPECT_EQ(mega[0].quantity.unit, "litre");
  EXPECT_DOUBLE_EQ(mega[0].quantity.value, 212e6);
  EXPECT_DOUBLE_EQ(mega[0].quantity.low, 211.5e6);
  EXPECT_EQ(extract("Storage is 300 ML.").at(0).quantity.unit, "litre");
  auto const daily = extract("Leakage fell to 212 Ml/d last year.");
  ASSERT_EQ(daily.size(), 1u);
  EXPECT_DOUBLE_EQ(daily[0].quantity.value, 212e6);
  EXPECT_EQ(daily[0].quantity.per, "day");
  auto const milli = extract("Add 5 ml of water.");
  ASSERT_EQ(milli.size(), 1u);
  EXPECT_EQ(milli[0].quantity.unit, "ml");
  EXPECT_DOUBLE_EQ(milli[0].quantity.value, 5);
}

// The stretch a figure is measured in is its period, not a second figure.
TEST(Extractor, TheStretchAFigureIsMeasuredInIsNoFigure) {
  for (std::string const sentence : {"Sales rose 4.1% in the 52 weeks to 2 March.",
                                     "The fund will pay out £2bn over the three years to 2027."}) {
    auto claims = extract(sentence);
    ASSERT_EQ(claims.size(), 1u) << sentence << describe(claims);
  }
  EXPECT_EQ(extract("Some 300 children waited over two years.").size(), 2u);
}

// A speed that names a road or a limit is a label; a speed someone went is a claim.
TEST(Extractor, SpeedsThatNameRoadsAreLabels) {
  auto claims = extract("Drivers were doing 45mph in a 30mph zone.");
  ASSERT_EQ(claims.size(), 1u) << describe(claims);
  EXPECT_EQ(claims[0].text, "45mph");
}

// Two figures of one measure joined by "to" or "or" are one range, unless a
// change word before the first makes them a change and the level reached.
TEST(Extractor, BareRanges) {
  for (auto [sentence, text] : std::vector<std::pair<std::string, std::string>>{
           {"It puts the overspend at £1.6bn to £1.9bn.", "£1.6bn to £1.9bn"},
           {"I would expect a rise of 5% to 10%.", "5% to 10%"},
           {"Markets price in five or six cuts.", "five or six"}}) {
    auto claims = extract(sentence);
    ASSERT_EQ(claims.size(), 1u) << sentence << describe(claims);
    EXPECT_EQ(claims[0].text, text);
    EXPECT_EQ(claims[0].quantity.kind, claimcheck::grammar::QuantityKind::kRange);
  }
  EXPECT_EQ(extract("Councils overspent by £1.6bn to £1.9bn.").size(), 2u);
  EXPECT_EQ(extract("It rose 5% to 10%.").size(), 2u);
  EXPECT_EQ(extract("It rose by 5% to 397,600.").size(), 2u);
}

// An age is a person's; "a mother of three" counts her children.
TEST(Extractor, AgesOfPeopleOnly) {
  EXPECT_EQ(extract("A mother of three was evicted.").size(), 1u);
  EXPECT_EQ(extract("We are 500 short.").size(), 1u);
  EXPECT_TRUE(extract("He was 12 when he entered care.").empty());
  EXPECT_EQ(extract("In Kent, 41 children were placed.").size(), 1u);
  EXPECT_EQ(extract("I want to earn $10000 in 3 years.").size(), 2u) << "a target's window";
  EXPECT_EQ(extract("They withdrew a one-yen bid.").size(), 1u);
}

// A day and a month that could be a count and a verb are a date only after
// a word that opens one.
TEST(Extractor, MayAndMarchAfterANumberNeedADateOpener) {
  auto claims = extract("About 5 may leave. They waited 10 march days.");
  EXPECT_EQ(claims.size(), 2u) << describe(claims);
  EXPECT_TRUE(extract("It began on 5 May.").empty());
}

TEST(Extractor, NotClaimNextToAClaim) {
  std::string const text = "Under section 47 of the Children Act 1989, 16% of cases were closed.";
  auto claims = extract(text);
  ASSERT_EQ(claims.size(), 1u) << describe(claims);
  EXPECT_EQ(claims[0].text, "16%");
  expect_spans_index_original(text, claims);
}

// A dash after a digit joins a range; it is never the minus of the next figure,
// hedged range or not.
TEST(Extractor, HedgedRangeIsOneClaimWithNoNegativeEnd) {
  for (std::string const text : {"Some 300-400 children were moved.", "It rose around 10-20%.",
                                 "Up to 20-30 staff left.", "It costs about $10-$20."}) {
    auto claims = extract(text);
    ASSERT_EQ(claims.size(), 1u) << text << describe(claims);
    EXPECT_EQ(claims[0].quantity.kind, QuantityKind::kRange) << text;
    EXPECT_GE(claims[0].quantity.low, 0) << text;
    expect_spans_index_original(text, claims);
  }
}

// "110 children in every 10,000": a rate per 10,000, and the 10,000 no claim;
// a bare figure compared with it is one too.
TEST(Extractor, CountInEveryRoundBaseIsARate) {
  auto claims = extract(
      "In the North East, 110 children in every 10,000 are in care, compared with 55 in London.");
  ASSERT_EQ(claims.size(), 2u) << describe(claims);
  for (auto const& c : claims) {
    EXPECT_EQ(c.quantity.kind, QuantityKind::kRate) << c.text;
    EXPECT_EQ(c.quantity.unit, "per 10000") << c.text;
  }
  EXPECT_EQ(claims[1].id, "t:c2");
}

// "£2.6bn of investment over four years": the period a sum is spread over is
// four years, not "more than four years"; "for over four years" is that hedge.
TEST(Extractor, LengthOfTimeAfterASumIsItsPeriod) {
  for (std::string const text : {"The government promised £2.6bn of investment over four years.",
                                 "It recruited 20,000 officers over four years."}) {
    auto claims = extract(text);
    ASSERT_EQ(claims.size(), 2u) << text << describe(claims);
    EXPECT_EQ(claims[1].text, "four years") << text;
    EXPECT_EQ(claims[1].quantity.hedge, Hedge::kExact) << text;
    EXPECT_EQ(claims[1].quantity.high, 4.5) << text;
  }
  auto hedge = extract("Families paid £20 a week for over four years.");
  ASSERT_EQ(hedge.size(), 2u) << describe(hedge);
  EXPECT_EQ(hedge[1].text, "over four years");
  auto waited = extract("Some 500 children waited over two years.");
  ASSERT_EQ(waited.size(), 2u) << describe(waited);
  EXPECT_EQ(waited[1].text, "over two years") << "after a verb it is the hedge";
}

// Quantities that open with "a" or a letter symbol: found from the word after
// the article, and rough counts kept out of every check by their confidence.
TEST(Extractor, ArticleAndLetterSymbolQuantities) {
  std::string const text =
      "A couple of years ago readers paid a dollar a day. The state spent Rs 500 crore.";
  auto claims = extract(text);
  ASSERT_EQ(claims.size(), 3u) << describe(claims);
  EXPECT_EQ(claims[0].text, "A couple");
  EXPECT_TRUE(claims[0].quantity.vague);
  EXPECT_LT(claims[0].confidence, 0.3);
  EXPECT_EQ(claims[1].text, "a dollar a day");
  EXPECT_EQ(claims[1].quantity.unit, "USD");
  EXPECT_EQ(claims[2].text, "Rs 500 crore");
  EXPECT_EQ(claims[2].quantity.value, 5e9);
  EXPECT_EQ(claims[2].quantity.unit, "INR");
  expect_spans_index_original(text, claims);
}

// "for every £1 … £4": the second sum is a ratio to the first.
TEST(Extractor, ForEveryPairsTwoSumsAsARatio) {
  auto claims = extract("For every $2 raised by the appeal, about $7 went on administration.");
  ASSERT_EQ(claims.size(), 2u) << describe(claims);
  EXPECT_FALSE(claims[0].quantity.numerator.has_value());
  ASSERT_TRUE(claims[1].quantity.numerator.has_value());
  EXPECT_EQ(*claims[1].quantity.numerator, 7);
  EXPECT_EQ(*claims[1].quantity.denominator, 2);
  EXPECT_EQ(claims[1].quantity.kind, QuantityKind::kMoney);

  auto apart = extract("For every £1 in 2010 there was less. Now £3 is spent.");
  ASSERT_EQ(apart.size(), 2u) << describe(apart);
  EXPECT_FALSE(apart[1].quantity.numerator.has_value());  // another sentence
}

// A one-letter prefix glued to the dollar sign names the dollar, after a
// word as at the start of a sentence; one no table knows leaves the sign.
TEST(Extractor, PrefixedDollars) {
  auto claims =
      extract("It spent C$7.8 million, up from C$3.1 million, and raised A$231m. X$5m went.");
  ASSERT_EQ(claims.size(), 4u) << describe(claims);
  EXPECT_EQ(claims[0].text, "C$7.8 million");
  EXPECT_EQ(claims[0].quantity.unit, "CAD");
  EXPECT_EQ(claims[1].text, "C$3.1 million");
  EXPECT_EQ(claims[2].quantity.unit, "AUD");
  EXPECT_EQ(claims[3].text, "$5m");
  EXPECT_EQ(claims[3].quantity.unit, "USD");
}

TEST(Extractor, TimesWithNoComparisonCountsOccasions) {
  struct Case {
    char const* text;
    char const* figure;
    QuantityKind kind;
  };
  for (Case const& c : {
           Case{"Companies spilled sewage 464,056 times in 2023.", "464,056 times",
                QuantityKind::kCount},
           Case{"He was stopped and searched 12 times.", "12 times", QuantityKind::kCount},
           Case{"The Bank raised rates 14 times, a record.", "14 times", QuantityKind::kCount},
           Case{"The rate was three times the national average.", "three times",
                QuantityKind::kMultiplier},
           Case{"Girls were twice as likely and boys 2.5 times as likely.", "2.5 times",
                QuantityKind::kMultiplier},
           Case{"Costs have risen five times in a decade.", "five times",
                QuantityKind::kMultiplier},
           Case{"Spending grew by three times.", "three times", QuantityKind::kMultiplier},
           Case{"Homes cost 8.3 times salaries, up from 3.5 times in 1997.", "3.5 times",
                QuantityKind::kMultiplier},
       }) {
    auto claims = extract(c.text);
    auto it = std::find_if(claims.begin(), claims.end(),
                           [&](Claim const& claim) { return claim.text == c.figure; });
    ASSERT_NE(it, claims.end()) << c.text << "\n" << describe(claims);
    EXPECT_EQ(it->quantity.kind, c.kind) << c.text;
    if (c.kind == QuantityKind::kCount)
      EXPECT_EQ(it->quantity.unit, "times") << c.text;
  }
}

// "between 10 and 60 times" counts occasions in a range, as "between 10 and
// 60" would; "rose between 10 and 60 times over" is left to the multiple.
TEST(Extractor, ARangeOfOccasions) {
  auto claims = extract("538 overflows spilled between 10 and 60 times, and 251 fewer.");
  ASSERT_EQ(claims.size(), 3u) << describe(claims);
  EXPECT_EQ(claims[1].text, "between 10 and 60 times");
  EXPECT_EQ(claims[1].quantity.kind, QuantityKind::kRange);
  EXPECT_EQ(claims[1].quantity.low, 10);
  EXPECT_EQ(claims[1].quantity.high, 60);
  EXPECT_EQ(claims[1].quantity.unit, "times");
  EXPECT_EQ(claims[2].text, "251");
}

TEST(Extractor, CitationYearIsNotACount) {
  std::string const text =
      "It is estimated that 25% of children will have had a social worker before their 16th "
      "birthday (Jay et al., 2020).";
  auto claims = extract(text);
  EXPECT_TRUE(has_value(claims, 25)) << describe(claims);
  EXPECT_FALSE(has_value(claims, 2020)) << describe(claims);
}

// ---- robustness: seeded random text through the Extractor and the report ---------

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// True when `s` is valid UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto const b = static_cast<unsigned char>(s[i]);
    int n = 0;
    char32_t c = 0;
    if (b < 0x80) {
      ++i;
      continue;
    } else if (b >= 0xC2 && b <= 0xDF) {
      n = 1, c = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      n = 2, c = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      n = 3, c = b & 0x07;
    } else {
      return false;
    }
    for (int k = 1; k <= n; ++k) {
      if (i + k >= s.size())
        return false;
      auto const cont = static_cast<unsigned char>(s[i + k]);
      if ((cont & 0xC0) != 0x80)
        return false;
      c = (c << 6) | (cont & 0x3F);
    }
    if ((n == 2 && c < 0x800) || (n == 3 && c < 0x10000) || c > 0x10FFFF ||
        (c >= 0xD800 && c <= 0xDFFF)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

// Valid UTF-8 from random code points mixed with what figures are made of.
std::string random_text(std::mt19937& rng) {
  static std::vector<std::string> const pieces = {"0",
                                                  "1",
                                                  "7",
                                                  "16",
                                                  "2011",
                                                  "2012-13",
                                                  "2012/13",
                                                  "3.5",
                                                  "4,970",
                                                  ".5",
                                                  "1.2.3",
                                                  "10:30",
                                                  "\u00a3",
                                                  "$",
                                                  "\u20ac",
                                                  "\u00a5",
                                                  "\u20b9",
                                                  "US$",
                                                  "GBP",
                                                  "%",
                                                  " per cent",
                                                  " pp",
                                                  " percentage points",
                                                  "one",
                                                  "two",
                                                  "three",
                                                  "twenty",
                                                  "hundred",
                                                  "thousand",
                                                  " million",
                                                  "bn",
                                                  "m",
                                                  "k",
                                                  "half",
                                                  "a third",
                                                  "one in four",
                                                  "two thirds",
                                                  "doubled",
                                                  "threefold",
                                                  "around ",
                                                  "nearly ",
                                                  "more than ",
                                                  "at least ",
                                                  "between ",
                                                  " and ",
                                                  " to ",
                                                  "from ",
                                                  "-",
                                                  "\u2013",
                                                  "\u2014",
                                                  "(",
                                                  ")",
                                                  ",",
                                                  ".",
                                                  ":",
                                                  ";",
                                                  "\n",
                                                  "\n\n",
                                                  " ",
                                                  "  ",
                                                  "\t",
                                                  "\u00a0",
                                                  "\u202f",
                                                  "\u2019",
                                                  "\u201c",
                                                  "\u201d",
                                                  "\ufb01",
                                                  "\uff11",
                                                  "\uff16",
                                                  "\uff05",
                                                  "\u00bd",
                                                  "e\u0301",
                                                  "\u200b",
                                                  "\u00ad",
                                                  "\u2026",
                                                  "section ",
                                                  "page ",
                                                  "+44 20 7946 0958",
                                                  "99999999999999999999999999999999999999",
                                                  "1e308",
                                                  "0.0000000000000000001",
                                                  "1,000,000,000,000,000,000,000",
                                                  std::string(1, '\0'),
                                                  "\x7f",
                                                  "\r\n"};
  std::uniform_int_distribution<int> length(0, 60);
  std::uniform_int_distribution<int> choice(0, 9);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<std::uint32_t> ascii(0x20, 0x7E);
  std::uniform_int_distribution<std::uint32_t> bmp(0x80, 0xFFFD);
  std::uniform_int_distribution<std::uint32_t> astral(0x10000, 0x10FFFF);
  std::string out;
  int const n = length(rng);
  for (int i = 0; i < n; ++i) {
    int const kind = choice(rng);
    if (kind < 4) {
      out += pieces[piece(rng)];
    } else if (kind < 7) {
      append_utf8(out, ascii(rng));
    } else if (kind < 9) {
      char32_t c = bmp(rng);
      if (c >= 0xD800 && c <= 0xDFFF)
        c = 0xFFFD;
      append_utf8(out, c);
    } else {
      append_utf8(out, astral(rng));
    }
  }
  return out;
}

TEST(Robustness, RandomTextGivesValidJsonAndExactSpans) {
  std::mt19937 rng(20240601);
  int claims_seen = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string const text = random_text(rng);
    ASSERT_TRUE(valid_utf8(text)) << "the generator made invalid UTF-8 in round " << round;
    std::vector<Claim> claims;
    ASSERT_NO_THROW(claims = extract(text, "r" + std::to_string(round))) << "round " << round;
    for (Claim const& c : claims) {
      ++claims_seen;
      std::string line;
      ASSERT_NO_THROW(line = claimcheck::report::claim_json_line(c)) << "round " << round;
      nlohmann::json parsed;
      ASSERT_NO_THROW(parsed = nlohmann::json::parse(line)) << "round " << round << ": " << line;
      EXPECT_TRUE(parsed.is_object());
      EXPECT_EQ(line.find('\n'), std::string::npos);
      // Spans index the original text and never split a character.
      ASSERT_LE(c.span.begin, c.span.end) << "round " << round;
      ASSERT_LE(c.span.end, text.size()) << "round " << round;
      EXPECT_EQ(c.text, text.substr(c.span.begin, c.span.size())) << "round " << round;
      EXPECT_TRUE(valid_utf8(c.text)) << "round " << round << ": span splits a character";
      EXPECT_TRUE(valid_utf8(c.sentence)) << "round " << round;
      EXPECT_EQ(parsed.at("span").at(0).get<std::size_t>(), c.span.begin);
    }
  }
  EXPECT_GT(claims_seen, 100);  // the generator does reach the grammar
}

TEST(Robustness, HugeAndDegenerateNumbers) {
  for (std::string const& text :
       {std::string(5000, '9'), std::string(3000, '%'), "1" + std::string(400, '0') + "%",
        std::string(2000, '.') + "5", "\u00a3" + std::string(1000, '9') + "bn",
        std::string(1000, '(') + "16%" + std::string(1000, ')'), std::string("16\0%", 4),
        "one in " + std::string(500, '9'),
        std::string("0.0000000000000000000000000000000000000001%")}) {
    std::vector<Claim> claims;
    ASSERT_NO_THROW(claims = extract(text));
    for (Claim const& c : claims) {
      nlohmann::json parsed;
      EXPECT_NO_THROW(parsed = nlohmann::json::parse(claimcheck::report::claim_json_line(c)));
      EXPECT_EQ(c.text, text.substr(c.span.begin, c.span.size()));
    }
  }
}

}  // namespace

// Numbers that name, date or count nothing a fact-checker checks.
TEST(Extractor, NamesHandlesReferencesAndDenominatorsAreNotClaims) {
  for (std::string sentence :
       {"Since COVID-19 hit, the number of children in care has risen.",
        "@Jen_1982 that is not what the report says.", "Follow #care2021 for updates.",
        "The rate per 10,000 children rose.", "See Hansard, Volume 698, column 12.",
        "By age 11, most had been referred.", "Plans rose in mid-2020 and for under-16s."}) {
    auto claims = extract(sentence);
    EXPECT_TRUE(claims.empty()) << sentence << ": " << describe(claims);
  }
  // Capital letters hyphened to digits in running text make a code ("tower
  // KL-47", "SCP-173"); in a line of capitals alone there is no telling.
  EXPECT_TRUE(extract("The object SCP-173 was moved.").empty());
  EXPECT_TRUE(has_value(extract("SCP-173"), 173));
}

// Routes, scores, local phone numbers, numbered parts of a text and
// citations are no figures; the counts beside them are.
TEST(Extractor, RoutesScoresPhonesLabelsAndCitationsAreNotClaims) {
  for (std::string sentence : {"She is still catching the 47 bus to school.",
                               "It was the day after the 3-1 win.",
                               "Call the transportation office at 555-0147.",
                               "Claim 3: the figures are wrong.",
                               "Hansard, HC Deb 20 July 2021, vol 699, col 812.",
                               "He was held under rule 45 of the Prison Rules.",
                               "The board set out its findings in paragraphs 6.4 to 6.9.",
                               "The response time for category 2 calls rose.",
                               "Quote reference HW/24/031 when you write.",
                               "House Bill 1147 passed.",
                               "The fish were held in pen 4 at the site.",
                               "Her allotment is plot 23 by the gate.",
                               "See the council's Working Paper 14.",
                               "The flats in Block 3 were cleared.",
                               "Call the line, 1-888-555-0147, now.",
                               "ISBN 978-1-9163-4472-0",
                               "The asset 0217 failed.",
                               "He said it on Radio 4 today.",
                               "The data (version 2.0) are online.",
                               "Since then § 2 EEG has applied.",
                               "Off to do the school run at 8.15 with a car seat.",
                               "Back by 10.30 on Monday.",
                               "Tune to CBC Radio One on 90.3 FM.",
                               "Resurfacing of Runway 09/27 was completed.",
                               "Write to Floor 4 or telephone (01) 555 0188.",
                               "\"The complainant was 16 then.",
                               "\"I come in at 10 o'clock for the papers,\" she said.",
                               "The club celebrated its 2-14 to 1-09 county final win.",
                               "The authority's Give 10 campaign, launched in March, aims high.",
                               "Surveys used a LiDAR sensor on a DJI Matrice 350 drone.",
                               "Donor enquiries: 13 14 95.",
                               "Media enquiries: Kate Morrison, 04 555 0173.",
                               "The race was won in 2:17:08 by Tama Ruatapu.",
                               "It sits on the North Coast 500 route.",
                               "See it at grid reference NN 957 021 today.",
                               "Prices are indexed (December 2023 = 100).",
                               "I sat in Screen 3 of a multiplex.",
                               "Write to PO Box 5127 with your views.",
                               "\"It is great,\" said community council chair Fiona Rintoul, 52.",
                               "It is known internally as NBIT 2.0, staff say.",
                               "Orders move to the WineTrack 5.3 platform.",
                               "The branch at 24-28 William IV Street closed.",
                               "It is the Liquor Products Act 60 of 1989.",
                               "Her T-shirt said \"Team 2\" on it.",
                               "Runners from the decile 9 and 10 areas dominate.",
                               "We've had one or two people look round.",
                               "I am in two minds about it.",
                               "We were on cloud nine before the trailers.",
                               "They shut it one village at a time.",
                               "Apply the EU Floods Directive 2007/60/EC fully.",
                               "It is a registered charity (CHY 21847) working here.",
                               "She'll be 22 by the time she gives evidence.",
                               "Call (020) 7946 0123 today.",
                               "Our Spring Clean takes place on Saturday 22 March.",
                               "The fair is on Saturday, 22 March.",
                               "He is the author of Courtroom: Forty Years on the Western Circuit.",
                               "\"They come at two or three in the morning with a van.\"",
                               "\"It used to be quiet until about seven,\" he said."}) {
    auto claims = extract(sentence);
    EXPECT_TRUE(claims.empty()) << sentence << ": " << describe(claims);
  }
  EXPECT_TRUE(has_value(extract("The county runs 12 bus routes."), 12));
  EXPECT_TRUE(has_value(extract("Staff worked 10 in the morning shift."), 10));
  EXPECT_TRUE(has_value(extract("Ten were hurt at night."), 10));
  EXPECT_TRUE(has_value(extract("The UK had 40 Post Office branches."), 40));
  EXPECT_TRUE(has_value(extract("About 300 Royal Mail staff walked out."), 300));
  EXPECT_TRUE(has_value(extract("Councils have 500 routes."), 500));
  EXPECT_TRUE(has_value(extract("Seven In Ten Councils Fail Children"), 0.7));
  EXPECT_TRUE(has_value(extract("Rates rose 5 may be 6."), 5));
  EXPECT_TRUE(has_value(extract("Fares rose on 300 bus services."), 300));
  EXPECT_TRUE(has_value(extract("Waits of 200-1000 days were found."), 200));
  EXPECT_TRUE(has_value(extract("The claim cost 3 councils £2m."), 3));
  EXPECT_TRUE(has_value(extract("The bill rose to £1,147."), 1147));
  EXPECT_TRUE(has_value(extract("The farm lost 4,000 fish from one pen."), 4000));
  EXPECT_TRUE(has_value(extract("The paper 14 councils signed was late."), 14));
  EXPECT_TRUE(has_value(extract("The radio 4,000 people heard was local."), 4000));
  EXPECT_TRUE(has_value(extract("Spending rose by 0.5% to 1,000 places."), 1000));
  EXPECT_TRUE(has_value(extract("The index stood at 8.15 points."), 8.15));
  EXPECT_TRUE(has_value(extract("Inflation was at 2.35%."), 2.35));
}

// "The first half", "the third quarter": a part of a year, not a share; and a
// level reached "in the first half, from" the one it moved from is a pair.
TEST(Extractor, TheFirstHalfIsAPartOfAYear) {
  for (std::string sentence :
       {"Sales fell in the first half.", "Profits rose in the third quarter.",
        "He scored in the second half of the match."}) {
    auto claims = extract(sentence);
    EXPECT_TRUE(claims.empty()) << sentence << ": " << describe(claims);
  }
  EXPECT_TRUE(has_value(extract("Half of the staff left."), 0.5));
  EXPECT_TRUE(has_value(extract("A quarter of homes were empty."), 0.25));
  auto pair =
      extract("Journeys rose to 69.5 million in the first half, from 64.1 million a year earlier.");
  ASSERT_EQ(pair.size(), 2u) << describe(pair);
  ASSERT_TRUE(pair[0].change.has_value());
  ASSERT_TRUE(pair[0].change->from.has_value());
  EXPECT_EQ(*pair[0].change->from, 64.1e6);
}

// "Jan de Vries, 34, had locked": an age set apart after a name; a list of
// names and figures goes on with "and".
TEST(Extractor, AnAgeAfterANameIsNotAClaim) {
  for (std::string sentence :
       {"Jan de Vries, 34, had locked his bike.", "His grandson, Rhys, 17, drove him there.",
        "Roddy MacLeod, 67, who runs a bed and breakfast, said so.",
        "Rovers lost, and the manager, 46, admitted the squad was thin.",
        "\"We care,\" said spokesman Daniel Okoro, 36."}) {
    auto claims = extract(sentence);
    EXPECT_TRUE(claims.empty()) << sentence << ": " << describe(claims);
  }
  // A place and its figure ending a sentence is no speaker's age.
  EXPECT_TRUE(has_value(extract("The rate was 55 in London and in the North East, 70."), 70));
  EXPECT_TRUE(has_value(extract("Leeds, 40, and Bradford, 35, were the worst."), 40));
  EXPECT_TRUE(has_value(extract("The council, 400, said it was full."), 400));
  EXPECT_TRUE(has_value(extract("Overall, 40, or a third, said they were happy."), 40));
}

// Tips, codes with slashes, and the second of two references closed by a
// bracket are no figures; fractions and rates with slashes still are.
TEST(Extractor, TipsSlashCodesAndBracketedReferencesAreNotClaims) {
  for (std::string text :
       {"- Tip 1: Check your meter before bed.", "Tip 2 is a good idea.",
        "Release reference: RCA/EDM/2025/07", "Results are in Appendix B (pages 31-38).",
        "The code was A/12 on the form."}) {
    auto claims = extract(text);
    EXPECT_TRUE(claims.empty()) << text << ": " << describe(claims);
  }
  // Codes of two hyphens or more, and a match's score after its verb.
  for (std::string text : {"The case, reference LK-250303-0118, is open.",
                           "Ashby Town beat Crowmarsh Rovers 3-1 at Lenn Park."}) {
    auto claims = extract(text);
    EXPECT_TRUE(claims.empty()) << text << ": " << describe(claims);
  }
  EXPECT_FALSE(extract("The firm lost 10-15% of its value.").empty());
  EXPECT_FALSE(extract("Covid-19 cases rose to 1,200.").empty());
  auto serious = extract("Of these, 19 were classed as serious (category 1 or 2).");
  ASSERT_EQ(serious.size(), 1u) << describe(serious);
  EXPECT_EQ(serious[0].text, "19");
  EXPECT_TRUE(has_value(extract("Half is 1/2 of the whole."), 0.5));
  EXPECT_FALSE(extract("Spending hit £3m/year.").empty());
}

// "HALIFAX, Sept. 22, 2025 -": a month abbreviated with a dot ends no
// sentence before its day, so the day is read as a date.
TEST(Extractor, AnAbbreviatedMonthBeforeItsDay) {
  auto claims = extract("HALIFAX, Sept. 22, 2025 - The group said 40% of rinks closed.");
  ASSERT_EQ(claims.size(), 1u) << describe(claims);
  EXPECT_EQ(claims[0].text, "40%");
}

// Names that hold numbers: a law's year and running number, the emergency
// number, an event's distance, an edition, a suite or a lane, a final score.
TEST(Extractor, NumbersThatNameThingsAreNotClaims) {
  for (std::string text :
       {"The EU Single-Use Plastics Directive (2019/904) applies.",
        "A team is tasked by police via 999.", "The 999 service was busy.",
        "She won silver in the 200m breaststroke.", "It is where I got my 25m badge.",
        "The report (edition 12) is online.", "Head office: Suite 400.", "I swam in Lane 4.",
        "Last year's fixture finished 31-19 to the visitors."}) {
    auto claims = extract(text);
    EXPECT_TRUE(claims.empty()) << text << ": " << describe(claims);
  }
  EXPECT_TRUE(has_value(extract("Spending rose in 2019/20 to £3m."), 3e6));
  EXPECT_FALSE(extract("The council paid £2019 for it.").empty());
  EXPECT_FALSE(extract("Calls rose to 999 last year.").empty());
  EXPECT_FALSE(extract("The 200m pipeline cost £4m.").empty());
}

// A small number hyphened to a noun before another noun names a kind; the
// parts of a place are named with a number too. A margin or a multiple so
// written is a figure.
TEST(Extractor, KindsAndPartsOfPlacesAreNotClaims) {
  for (std::string text : {"Most hobbyists use 8-frame boxes.", "Demand is for 3-bedroom homes.",
                           "Visitors queued at Hall 2.", "Galleries 11 to 16 reopen in May.",
                           "Meet at Pier 4.", "The Roman finds are shown in Gallery 5."}) {
    auto claims = extract(text);
    EXPECT_TRUE(claims.empty()) << text << ": " << describe(claims);
  }
  EXPECT_TRUE(has_value(extract("Labour has a 5-point lead."), 5));
  EXPECT_FALSE(extract("There was a 3-fold rise in calls.").empty());
  EXPECT_TRUE(has_value(extract("Labour has 5-point lead in Wales."), 5));
}

// "63.4% of trains arrived less than six minutes late, up from 59.4%": the
// length of time between a level and where it moved from is the level's own.
TEST(Extractor, APairReadsPastALengthOfTime) {
  auto claims = extract(
      "In 2025, 63.4% of trains arrived less than six minutes late, up from 59.4% in 2024.");
  ASSERT_FALSE(claims.empty());
  ASSERT_TRUE(claims[0].change.has_value()) << describe(claims);
  ASSERT_TRUE(claims[0].change->from.has_value());
  EXPECT_EQ(*claims[0].change->from, 59.4);
}

// A name with a bare number that counts nothing names one thing (a hull, a
// street address, a school year, a model); after a name, a number that goes
// on to its noun, or names in a list with numbers, are figures.
TEST(Extractor, ANameWithABareNumberIsALabel) {
  for (std::string sentence :
       {"Its sister vessel, known as Hull 802, has yet to sail.",
        "The foundation is based at Oudegracht 211 in Utrecht.",
        "He had it tagged at a shop on Voorstraat 44 and it took an age.",
        "My son was in Primary 3 and he is now at college.", "He flew on a Boeing 737 to Madrid.",
        "She upgraded the office to Windows 11 with help.",
        "The lab sits in Building 7 on the campus.", "They met at Gate 12 for the flight.",
        "Tip 1: Take meter readings every month.", "He crashed his Yamaha MT-07 on the bend.",
        "She drove the 132 route for years.", "Call Threshold on 1800 454 454 for advice.",
        "Under Regulation (EU) 2021/782 passengers are owed refunds.",
        "Call the helpline on 1800-425-0143 today.", "After Saturday's 2-1 home defeat they left.",
        "Figures are rounded to the nearest 10.", "Faults were worst near tower KL-47.",
        "The fibre box is a Zentra GX-4200 and it reboots.",
        "See Tables 3.2 and 3.3 for detail."}) {
    auto claims = extract(sentence);
    EXPECT_TRUE(claims.empty()) << sentence << ": " << describe(claims);
  }
  EXPECT_TRUE(has_value(extract("In Bristol 40 schools closed."), 40));
  EXPECT_TRUE(has_value(extract("Budget 2025: what it means for 40 councils."), 40));
  EXPECT_TRUE(has_value(extract("Rents rose 7% in 2021/22, the report said."), 7));
  EXPECT_TRUE(has_value(extract("The council runs 132 routes."), 132));
  EXPECT_TRUE(has_value(extract("The nearest 300 residents were moved."), 300));
  EXPECT_TRUE(has_value(extract("The rate was 70 in England, and in Wales 115."), 115));
  EXPECT_TRUE(has_value(extract("The highest rate was in Wales 115."), 115));
  EXPECT_TRUE(
      has_value(extract("The seats were Conservatives 365, Labour 203 and others 82."), 365));
  EXPECT_TRUE(
      has_value(extract("The seats were Conservatives 365, Labour 203 and others 82."), 203));
  EXPECT_TRUE(has_value(extract("Tesco shares rose 4 per cent."), 4));
  EXPECT_TRUE(has_value(extract("The figure for Leeds 12,400 was revised."), 12400));
  EXPECT_TRUE(has_value(extract("He said: Around 40 and rising."), 40));
  EXPECT_FALSE(extract("The fleet grew from Hull 3 to 9 ships.").empty());  // a range
}

// A person's age said with "is"/"was" or in an apposition is no figure; a
// count of people in the same shape is.
TEST(Extractor, APersonsAgeIsNotAClaim) {
  for (std::string sentence :
       {"Our patient was 84.", "My granddaughter is 4 and goes to a nursery.",
        "When I was 9, the river was clean.", "The girl, 6, stopped eating.",
        "Bernie Okafor, now 58, runs the group.", "She was 12 when she arrived.",
        "They took a girl, 9, and her brother, 4 - just for the weekend.",
        "My neighbour, 83, lost her home.", "A man, 52, was arrested."}) {
    auto claims = extract(sentence);
    EXPECT_TRUE(claims.empty()) << sentence << ": " << describe(claims);
  }
  EXPECT_TRUE(has_value(extract("The rate was 84."), 84));
  EXPECT_TRUE(has_value(extract("Of the boys, 14, were sent home."), 14));
}

TEST(Extractor, OneInEveryNIsOneShare) {
  auto claims = extract("Roughly one in every 150 children in England is now in care.");
  ASSERT_EQ(claims.size(), 1u) << describe(claims);
  EXPECT_EQ(claims[0].text, "Roughly one in every 150");
  EXPECT_NEAR(claims[0].quantity.value, 1.0 / 150, 1e-9);
}

// A bare number compared with a rate or a share is one too.
TEST(Extractor, ABareNumberComparedWithARateTakesItsUnit) {
  auto claims = extract("The rate is 110 per 10,000, compared with 52 in London.");
  ASSERT_EQ(claims.size(), 2u) << describe(claims);
  EXPECT_EQ(claims[1].quantity.kind, claimcheck::grammar::QuantityKind::kRate);
  EXPECT_EQ(claims[1].quantity.per, claims[0].quantity.per);
  auto shares = extract("The share rose to 28%, against 25 a year earlier.");
  ASSERT_EQ(shares.size(), 2u) << describe(shares);
  EXPECT_EQ(shares[1].quantity.kind, claimcheck::grammar::QuantityKind::kPercent);
  // Not after a count, and not without a comparison word.
  auto counts = extract("There were 110 referrals, compared with 52 a year before.");
  ASSERT_EQ(counts.size(), 2u) << describe(counts);
  EXPECT_EQ(counts[1].quantity.kind, claimcheck::grammar::QuantityKind::kCount);
  auto plain = extract("The rate is 110 per 10,000 and 52 councils replied.");
  Claim const& last = plain.back();
  EXPECT_EQ(last.quantity.kind, claimcheck::grammar::QuantityKind::kCount) << describe(plain);
}

// "19 days, up from 11", "from 74 days to 51": the bare end of a change is
// in the unit of its other end.
TEST(Extractor, TheBareEndOfAChangeTakesTheOtherEndsUnit) {
  for (std::string sentence : {"The average repair now takes 19 days, up from 11.",
                               "The median wait fell from 74 days to 51."}) {
    auto claims = extract(sentence);
    ASSERT_EQ(claims.size(), 2u) << describe(claims);
    EXPECT_EQ(claims[1].quantity.unit, claims[0].quantity.unit) << sentence;
    EXPECT_FALSE(claims[1].quantity.unit.empty()) << sentence;
  }
  auto apart = extract("It took 19 days and 11 councils replied.");
  ASSERT_EQ(apart.size(), 2u) << describe(apart);
  EXPECT_TRUE(apart[1].quantity.unit.empty());
}

TEST(Extractor, NumbersAfterARatesDenominatorAreRates) {
  auto claims = extract("The rate per 10,000 children in care rose from 58 to 67.");
  ASSERT_EQ(claims.size(), 2u) << describe(claims);
  for (Claim const& c : claims) {
    EXPECT_EQ(c.quantity.kind, claimcheck::grammar::QuantityKind::kRate) << c.text;
    EXPECT_EQ(c.quantity.per, "10000") << c.text;
  }
  auto grade = extract("The separate rate was set, and 58 councils replied.");
  EXPECT_EQ(grade.back().quantity.kind, claimcheck::grammar::QuantityKind::kCount);
}
