// The rules on small texts of their own, run through the real extractor with
// the bundled lexicons and reference series.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "claimcheck/checker/check.hpp"
#include "claimcheck/corpus/lexicon.hpp"
#include "claimcheck/corpus/reference.hpp"
#include "claimcheck/extractor/extract.hpp"

namespace {

using claimcheck::checker::Finding;

std::string const kData = CLAIMCHECK_DATA_DIR;

claimcheck::corpus::Document doc(std::string id, std::string text, std::string date = "2017") {
  claimcheck::corpus::Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.date = std::move(date);
  d.kind = claimcheck::corpus::DocumentKind::kArticle;
  return d;
}

std::vector<Finding> check(std::vector<claimcheck::corpus::Document> const& documents) {
  auto lexicon = claimcheck::corpus::load_lexicons(kData + "/lexicons");
  auto reference = claimcheck::corpus::load_reference(kData + "/reference");
  EXPECT_TRUE(lexicon.ok() && reference.ok());
  auto extractor = claimcheck::extractor::Extractor::with_lexicon(lexicon.value());
  EXPECT_TRUE(extractor.ok());
  std::vector<claimcheck::extractor::Claim> claims;
  for (auto const& d : documents) {
    for (auto& c : extractor.value().extract(d))
      claims.push_back(std::move(c));
  }
  return claimcheck::checker::check({documents, claims, lexicon.value(), reference.value()});
}

Finding const* find(std::vector<Finding> const& findings, std::string const& rule,
                    std::string const& verdict) {
  auto it = std::find_if(findings.begin(), findings.end(),
                         [&](Finding const& f) { return f.rule == rule && f.verdict == verdict; });
  return it == findings.end() ? nullptr : &*it;
}

TEST(Checker, SameMeasureSamePeriodDifferentValuesConflict) {
  auto findings = check({doc("a", "In 2015, 45% of children in care were boys."),
                         doc("b", "In 2015, 60% of children in care were boys.")});
  Finding const* f = find(findings, "cross-source-value", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->severity, "warning");
  EXPECT_EQ(f->metric, "lac");
  EXPECT_NE(f->explanation.find("do not overlap"), std::string::npos) << f->explanation;
}

// In one text, its author and whom it quotes are two sources.
TEST(Checker, AQuoteAgainstItsOwnArticle) {
  auto const findings = check({doc("a",
                                   "The council issued 1,146 fixed penalty notices in 2023-24. "
                                   "Councillor Tariq Mahmood said: \"The 1,164 fixed penalty "
                                   "notices we issued in 2023-24 show the message is getting "
                                   "through.\"",
                                   "2024-06-03")});
  Finding const* f = find(findings, "cross-source-value", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Councillor Tariq Mahmood in"), std::string::npos) << f->message;
  // The author twice is one source.
  auto const twice = check({doc("a",
                                "The council issued 1,146 fixed penalty notices in 2023-24. It "
                                "issued 1,164 fixed penalty notices in 2023-24.",
                                "2024-06-03")});
  EXPECT_EQ(find(twice, "cross-source-value", "conflict"), nullptr);
}

// The later figure of a from->to pair is a level at the pair's end, and
// "the end of June 2025" is its last day.
TEST(Checker, APairsLaterFigureIsALevelAtItsEnd) {
  auto const findings =
      check({doc("a", "The prison population in England and Wales stood at 87,412 on 30 June 2025.",
                 "2025-07-10"),
             doc("b",
                 "The prison population in England and Wales was 86,150 at the end of June "
                 "2025, up from 85,851 in June 2024.",
                 "2025-07-04")});
  Finding const* f = find(findings, "cross-source-value", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->explanation.find("30 June 2025"), std::string::npos) << f->explanation;
  // The figure it moved from is of another year.
  auto const before = check(
      {doc("a", "The prison population in England and Wales stood at 87,412 on 30 June 2024.",
           "2025-07-10"),
       doc("b",
           "The prison population in England and Wales was 86,150 at the end of June 2025, up "
           "from 87,412 in June 2024.",
           "2025-07-04")});
  EXPECT_EQ(find(before, "cross-source-value", "conflict"), nullptr);
}

TEST(Checker, RoundedFiguresThatOverlapAreConsistent) {
  auto findings = check({doc("a", "In 2015, 45% of children in care were boys."),
                         doc("b", "In 2015, around 46% of children in care were boys.")});
  EXPECT_NE(find(findings, "cross-source-value", "consistent"), nullptr);
  EXPECT_EQ(find(findings, "cross-source-value", "conflict"), nullptr);
}

TEST(Checker, DifferentPeriodsAreNotCompared) {
  auto findings = check({doc("a", "In 2012, 45% of children in care were boys."),
                         doc("b", "In 2015, 60% of children in care were boys.")});
  EXPECT_EQ(find(findings, "cross-source-value", "conflict"), nullptr);
}

TEST(Checker, AShareThatDoesNotMatchItsBaseIsInconsistent) {
  auto findings =
      check({doc("a", "Of the 1,000 children in care, 200 (30%) were placed with their parents.")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->severity, "error");
  EXPECT_NE(f->message.find("20%"), std::string::npos) << f->message;
}

// A share set between commas after its part: "412, about a quarter, have".
TEST(Checker, AShareBetweenCommasAfterItsPart) {
  auto const findings = check({doc("a",
                                   "Of the 1,140 people on the list, 412, about a quarter, have "
                                   "been waiting for more than five years.",
                                   "2025-05-22")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("412 of 1,140 is 36.1%"), std::string::npos) << f->message;
  auto const fair = check({doc("a",
                               "Of the 1,140 people on the list, 412, about a third, have been "
                               "waiting for more than five years.",
                               "2025-05-22")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
}

// A change in the pair's own units is their difference.
TEST(Checker, AnAbsoluteChangeAfterItsPair) {
  auto const wrong = check({doc("a",
                                "The number of judges has risen from 162 in 2019 to 184 today, "
                                "32 more judges hearing cases.",
                                "2025-03-01")});
  Finding const* f = find(wrong, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("From 162 to 184 is a rise of 22, stated as 32"), std::string::npos)
      << f->message;
  auto const money = check({doc("a",
                                "Clearance costs rose from £2.18m to £2.46m, an increase of "
                                "£280,000.",
                                "2025-03-01")});
  EXPECT_EQ(find(money, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(money, "arithmetic", "consistent"), nullptr);
  // "an extra 650" is a rise too.
  auto const extra = check({doc("a",
                                "The category grew from 1,120 entrants in 2019 to 1,870 this year, "
                                "an extra 650 runners.",
                                "2024-11-08")});
  EXPECT_NE(find(extra, "arithmetic", "inconsistent"), nullptr);
  // A year between the pair and the change is no figure.
  auto const dated = check({doc("a",
                                "Spending rose from €6.4m in 2019 to €11.9m in 2023, an increase "
                                "of €4.5m.",
                                "2024-09-05")});
  f = find(dated, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("a rise of €5.5m, stated as €4.5m"), std::string::npos) << f->message;
}

// "That is nearly half" after a part out of its whole in the sentence before.
TEST(Checker, AShareThatPointsBackToAPartOfItsWhole) {
  auto const wrong = check({doc("a",
                                "Of the 38,400 incidents, 12,100 happened on footpaths. That is "
                                "nearly half of all fly-tipping in the county.",
                                "2024-11-28")});
  Finding const* f = find(wrong, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("12,100 of 38,400 is 31.5%"), std::string::npos) << f->message;
  auto const counted = check({doc("a",
                                  "In all, 12,100 of the 38,400 incidents happened on footpaths. "
                                  "That is almost a third of the total.",
                                  "2024-11-28")});
  EXPECT_EQ(find(counted, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(counted, "arithmetic", "consistent"), nullptr);
}

// A change's per cent is of where it started, not a share of the level.
TEST(Checker, AChangesPerCentIsOfWhereItStarted) {
  auto const stated = check({doc("a",
                                 "The airport handled 7,842,000 passengers in 2024, an increase "
                                 "of 932,000, or 13.5%, on the 6,910,000 recorded in 2023.",
                                 "2025-02-18")});
  EXPECT_EQ(find(stated, "arithmetic", "inconsistent"), nullptr);
  Finding const* f = find(stated, "arithmetic", "consistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("A rise of 932,000 on 6,910,000 is 13.5%"), std::string::npos)
      << f->message;
  // With no start stated, it is the level less the rise: 7,842,000 - 932,000.
  auto const unstated = check({doc("a",
                                   "The airport handled 7,842,000 passengers in 2024, an "
                                   "increase of 932,000, or 15.5%.",
                                   "2025-02-18")});
  f = find(unstated, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("A rise of 932,000 on 6,910,000 is 13.5%"), std::string::npos)
      << f->message;
}

// A line of one list is no base of a line of another.
TEST(Checker, AListLineIsNoBaseOfAnother) {
  std::string const lists =
      "Incidents by waste type\n- Green waste: 2,350\n- Other: 3,150\n\n"
      "Incidents by location\n- Council land: 4,230 (11.0%)\n- Other: 1,490 (3.9%)\n";
  EXPECT_EQ(find(check({doc("a", lists, "2024-11-21")}), "arithmetic", "inconsistent"), nullptr);
}

// A count out of its whole, then ", or" and its share.
TEST(Checker, ACountOutOfItsWholeRestatedWithOr) {
  Finding const* f = nullptr;
  auto const findings = check({doc("a",
                                   "Silvereye was recorded in 3,402 of the 5,960 gardens in the "
                                   "North Island, or 67%.",
                                   "2024-11-27")});
  f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("3,402 of 5,960 is 57.1%"), std::string::npos) << f->message;
}

// Or restated between dashes with "or": "742 – or 36% – were farming at a loss".
TEST(Checker, AShareRestatedBetweenDashes) {
  auto const findings = check({doc("a",
                                   "Of the 2,613 producers counted, 742 \u2013 or 36% \u2013 were "
                                   "farming at a loss.",
                                   "2024-06-24")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("742 of 2,613 is 28.4%"), std::string::npos) << f->message;
}

// Or between dashes: "210 \u2013 roughly one in four \u2013 spilled".
TEST(Checker, AShareBetweenDashesAfterItsPart) {
  auto const findings = check({doc("a",
                                   "Of the 1,320 storm overflows, 210 \u2013 roughly one in four "
                                   "\u2013 spilled more than 60 times.",
                                   "2025-05-22")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("210 of 1,320 is 15.9%"), std::string::npos) << f->message;
  auto const fair = check({doc("a",
                               "Of the 1,320 storm overflows, 210 - roughly one in six - spilled "
                               "more than 60 times.",
                               "2025-05-22")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(fair, "arithmetic", "consistent"), nullptr);
}

// "11,500 of last year's 30,330 completions - more than half": the part, its
// base after "of", then the share the two must make.
TEST(Checker, AShareAfterAPartOfItsNamedBase) {
  auto const findings = check({doc("a",
                                   "Dublin accounted for 11,500 of last year's 30,330 completions "
                                   "\u2013 more than half of the national total.",
                                   "2025-05-22")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("11,500 of 30,330 is 37.9%"), std::string::npos) << f->message;
  auto const fair = check({doc("a",
                               "Dublin accounted for 11,500 of last year's 20,000 completions, "
                               "more than half of the total.",
                               "2025-05-22")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(fair, "arithmetic", "consistent"), nullptr);
  // Two words may stand between "of" and the base.
  auto const possessive = check({doc("a",
                                     "This summer, four of the region's 14 designated bathing "
                                     "waters - more than a third - were rated poor.",
                                     "2025-05-22")});
  f = find(possessive, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("four of 14 is 28.6%"), std::string::npos) << f->message;
}

// "Of the 318,560 items counted, 48,900 were cigarette butts, roughly one in
// four of everything picked up": the whole, its part, then the share.
TEST(Checker, AShareOfEverythingAfterAPart) {
  auto const findings =
      check({doc("a",
                 "Of the 318,560 items counted, 48,900 were cigarette butts, roughly one in four "
                 "of everything our volunteers picked up.",
                 "2025-06-09")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("48,900 of 318,560 is 15.4%"), std::string::npos) << f->message;
  auto const fair =
      check({doc("a",
                 "Of the 318,560 items counted, 48,900 were cigarette butts, roughly one in seven "
                 "of everything our volunteers picked up.",
                 "2025-06-09")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(fair, "arithmetic", "consistent"), nullptr);
}

// "31,000 of the 248,000 bikes …, roughly one in four": a count out of its
// whole, then the share the two make.
TEST(Checker, AShareAfterACountOutOfItsWhole) {
  auto const findings = check({doc("a",
                                   "Police recovered 31,000 of the 248,000 bikes reported stolen "
                                   "in 2024, roughly one in four, the registry said.",
                                   "2025-09-03")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("31,000 of 248,000 is 12.5%"), std::string::npos) << f->message;
  auto const fair = check({doc("a",
                               "Police recovered 31,000 of the 248,000 bikes reported stolen in "
                               "2024, roughly one in eight, the registry said.",
                               "2025-09-03")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(fair, "arithmetic", "consistent"), nullptr);
}

// "A (168), B (142), C (131) and D (77) dealt with 528 call-outs between
// them": a total said to be the listed parts' together is their sum, and the
// count of the parts ("The four busiest teams") is none of them.
TEST(Checker, ATotalOfListedPartsIsTheirSum) {
  std::string const listed =
      "The four busiest teams in the county, Langdale Ambleside (168), Keswick (142), Wasdale "
      "(131) and Coniston (77), dealt with ";
  auto const findings = check({doc("a", listed + "528 call-outs between them.", "2025-03-14")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("168 + 142 + 131 + 77 = 518, not the 528"), std::string::npos)
      << f->message;
  auto const fair = check({doc("a", listed + "518 call-outs between them.", "2025-03-14")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(fair, "arithmetic", "consistent"), nullptr);
  // Without words that make it their total, the last figure is just another.
  auto const unsaid = check({doc("a", listed + "528 call-outs last year.", "2025-03-14")});
  EXPECT_EQ(find(unsaid, "arithmetic", "inconsistent"), nullptr);
}

// Counts of the parts a sentence opens its whole with cannot sum past it;
// short of it is no finding (the text may not list every part).
TEST(Checker, PartsCannotSumPastTheWholeTheSentenceOpensWith) {
  auto const counted =
      check({doc("a",
                 "Of all 51 jurisdictions, deaths fell in 39, were flat in four and rose in "
                 "nine.")});
  Finding const* f = find(counted, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("sum to 52"), std::string::npos) << f->message;
  EXPECT_EQ(find(check({doc("a", "Of all 51 jurisdictions, deaths fell in 39 and rose in nine.")}),
                 "arithmetic", "inconsistent"),
            nullptr);
  // Sums of money too.
  auto const summed =
      check({doc("a",
                 "Of the £48.2m, broadcasting brought in £21.5m, matchday income £15.1m and "
                 "commercial deals £14.0m.")});
  f = find(summed, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("sum to £50.6m"), std::string::npos) << f->message;
  EXPECT_EQ(find(check({doc("a",
                            "Of the £48.2m, broadcasting brought in £21.5m, matchday income "
                            "£15.1m and commercial deals £11.6m.")}),
                 "arithmetic", "inconsistent"),
            nullptr);  // Parts may leave the whole's unit unsaid: "1.9 million" of hectares.
  auto const unsaid = check({doc("a",
                                 "Of the 5.3 million hectares burned, Manitoba accounts for 1.9 "
                                 "million, Saskatchewan for 2.6 million and Alberta for 1.2 "
                                 "million.")});
  f = find(unsaid, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("sum to 5.7 million"), std::string::npos) << f->message;
  EXPECT_EQ(find(check({doc("a",
                            "Of the 5.3 million hectares burned, Manitoba accounts for 1.9 "
                            "million and Saskatchewan for 2.6 million.")}),
                 "arithmetic", "inconsistent"),
            nullptr);
}

// A part may carry a figure of its own ("412 spilled more than 60 times"),
// and the list goes on past it; a figure after "a" measures a thing and is no
// part, nor is "one of 46" a first part.
// A whole the sentence says is split between the parts after it.
TEST(Checker, PartsAWholeIsSplitBetween) {
  auto const findings = check({doc("a",
                                   "The country's 512 screens are split between 388 in "
                                   "multiplexes, 97 in independent venues and 34 in arts centres.",
                                   "2025-02-01")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Parts of 512 sum to 519"), std::string::npos) << f->message;
  auto const fair = check({doc("a",
                               "The country's 512 screens are split between 388 in multiplexes, "
                               "90 in independent venues and 34 in arts centres.",
                               "2025-02-01")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
}

TEST(Checker, PartsReadPastTheirOwnDescriptions) {
  auto const findings = check({doc("a",
                                   "Of the 1,186 overflows monitored, 412 spilled more than 60 "
                                   "times, 538 spilled between 10 and 60 times, and the remaining "
                                   "251 spilled fewer than 10 times.",
                                   "2025-05-22")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Parts of 1,186 sum to 1,201"), std::string::npos) << f->message;
  EXPECT_EQ(find(check({doc("a",
                            "The Crowmarsh Lane overflow is one of 46 priority sites due for "
                            "upgrades, with a 4,500 cubic metre storm tank planned by 2027.",
                            "2025-05-22")}),
                 "arithmetic", "inconsistent"),
            nullptr);
}

// "… and the remaining 400": the last part is the rest of the whole, so a sum
// short of it is wrong too; without such words it is no finding.
TEST(Checker, PartsEndingWithTheRestMustReachTheWhole) {
  auto const findings = check({doc("a",
                                   "Of the 1,200 spills recorded, 700 lasted under an hour and "
                                   "the remaining 400 lasted longer.",
                                   "2025-05-22")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Parts of 1,200 sum to only 1,100"), std::string::npos) << f->message;
  EXPECT_NE(f->explanation.find("700 + 400 = 1,100"), std::string::npos) << f->explanation;
  EXPECT_EQ(find(check({doc("a",
                            "Of the 1,200 spills recorded, 700 lasted under an hour and the "
                            "remaining 500 lasted longer.",
                            "2025-05-22")}),
                 "arithmetic", "inconsistent"),
            nullptr);
  EXPECT_EQ(find(check({doc("a",
                            "Of the 1,200 spills recorded, 700 lasted under an hour and 400 "
                            "lasted more than a day.",
                            "2025-05-22")}),
                 "arithmetic", "inconsistent"),
            nullptr);
}

// A total that ends its sentence, its parts listed in the next; a change or
// a comparison between them is no list.
TEST(Checker, PartsListedInTheSentenceAfterATotal) {
  auto const listed = check({doc("a",
                                 "Export revenue for the season totalled NZ$3.1 billion. Green "
                                 "kiwifruit contributed NZ$1.4bn, SunGold NZ$1.9bn and the newer "
                                 "Ruby Red variety NZ$0.1bn.",
                                 "2025-09-01")});
  Finding const* f = find(listed, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("sum to NZD 3.4bn"), std::string::npos) << f->message;
  EXPECT_EQ(find(check({doc("a",
                            "Export revenue totalled NZ$3.1 billion. Green kiwifruit "
                            "contributed NZ$1.4bn and SunGold NZ$1.6bn.",
                            "2025-09-01")}),
                 "arithmetic", "inconsistent"),
            nullptr);
  EXPECT_EQ(find(check({doc("a",
                            "Spending totalled £3.1bn. Costs rose to £2.4bn, up from £1.5bn "
                            "in 2020.",
                            "2025-09-01")}),
                 "arithmetic", "inconsistent"),
            nullptr);
}

// The first part said out of the whole, the rest listed after it.
TEST(Checker, PartsListedAfterTheFirstPartOfTheWhole) {
  auto const findings = check({doc("a",
                                   "28,500 of the 62,200 children who started a plan were "
                                   "recorded under neglect, 22,100 under emotional abuse, 6,100 "
                                   "under physical abuse, 2,800 under sexual abuse and 5,300 "
                                   "under multiple categories.")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Parts of 62,200 sum to 64,800"), std::string::npos) << f->message;
  auto const fair = check({doc("a",
                               "7 of the 43 councils were inadequate, 26 required improvement "
                               "and 10 were good.")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
}

// Parts past the whole only as stated, each within the rounding of its
// last digit, are a warning, not an error.
TEST(Checker, PartsPastTheWholeOnlyAsStatedAreAWarning) {
  auto const findings =
      check({doc("a",
                 "Of the £1.8bn spent on early help, £0.9bn went on children's centres, "
                 "£0.6bn on family support and £0.5bn on youth services.")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->severity, "warning");
  EXPECT_NE(f->explanation.find("bottom of its rounding"), std::string::npos) << f->explanation;
}

// A breakdown listed after a colon, its parts between semicolons: the whole
// is the count before the colon, or the line before's for a list line whose
// label says it breaks something down. A series over time is no breakdown.
TEST(Checker, PartsListedBetweenSemicolonsAfterTheirWhole) {
  auto const labelled = check({doc("a",
                                   "- Outcomes of the 9,840 referrals in 2023: 2,310 led to no "
                                   "further action; 3,870 to an assessment; 4,020 to early help.",
                                   "2024-05-01")});
  Finding const* f = find(labelled, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Parts of 9,840 sum to 10,200"), std::string::npos) << f->message;
  auto const line_before = check({doc("a",
                                      "- Men held at the end of March: 1,072\n"
                                      "- By legal status: 804 on remand; 212 convicted; 71 "
                                      "recalled.",
                                      "2024-05-01")});
  f = find(line_before, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Parts of 1,072 sum to 1,087"), std::string::npos) << f->message;
  EXPECT_EQ(f->claims.size(), 4u);
  // A line whose label names no breakdown is not read as one of the line before.
  EXPECT_EQ(find(check({doc("a",
                            "- Men held at the end of March: 1,072\n"
                            "- Assaults on staff: 804 on wings; 212 in the yard; 71 elsewhere.",
                            "2024-05-01")}),
                 "arithmetic", "inconsistent"),
            nullptr);
  // Figures over time sum to nothing.
  EXPECT_EQ(find(check({doc("a",
                            "The ward has 400 beds: 320 were occupied on Monday; 350 on "
                            "Tuesday; 380 on Wednesday.",
                            "2024-05-01")}),
                 "arithmetic", "inconsistent"),
            nullptr);
  EXPECT_EQ(
      find(
          check({doc("a", "Referrals reached 9,840: 8,100 in 2021; 8,900 in 2022.", "2024-05-01")}),
          "arithmetic", "inconsistent"),
      nullptr);
  // Parts within the whole raise nothing.
  EXPECT_EQ(find(check({doc("a",
                            "- Outcomes of the 9,840 referrals: 2,310 led to no further action; "
                            "3,870 to an assessment; 3,660 to early help.",
                            "2024-05-01")}),
                 "arithmetic", "inconsistent"),
            nullptr);
}

// "The figure was up from …" points back at the sentence before's figure:
// the two are a pair, and the change said beside it is checked against them.
TEST(Checker, APairAcrossTwoSentencesAgainstItsStatedChange) {
  auto const findings = check({doc("a",
                                   "A record 62.8 million farmed salmon died in 2023, the "
                                   "institute said.\n\nThe figure was up from 54.9 million fish "
                                   "in 2022, an increase of 21%.",
                                   "2024-03-14")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("From 54.9 million to 62.8 million is 14.4%, stated as 21%"),
            std::string::npos)
      << f->message;
  auto const fair = check({doc("a",
                               "A record 62.8 million farmed salmon died in 2023. The figure was "
                               "up from 54.9 million in 2022, an increase of 14%.",
                               "2024-03-14")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
  // A sentence that does not point back pairs nothing.
  auto const other = check({doc("a",
                                "A record 62.8 million farmed salmon died in 2023. Exports were "
                                "up from 54.9 million in 2022, an increase of 21%.",
                                "2024-03-14")});
  EXPECT_EQ(find(other, "arithmetic", "inconsistent"), nullptr);
}

// A table's label keys a count by its noun and what was done; prose by the
// noun, with the verb beside the figure. One period, one count.
TEST(Checker, ACountRestatedUnderAShorterKey) {
  auto report = doc("r", "Households newly connected in 2024-25: 18,642\n", "2025-06-01");
  auto article = doc("a", "The Authority connected 18,462 households in 2024-25.", "2025-06-20");
  auto const findings = check({report, article});
  Finding const* f = find(findings, "cross-source-value", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->explanation.find("'connected' stands beside it"), std::string::npos)
      << f->explanation;
  // The deed in another form of its word: "production", "produced".
  auto honey = doc("r", "Honey production for the 2023-24 season is estimated at 1,140 tonnes.",
                   "2025-02-01");
  auto produced = doc("a", "The trust estimates the 2023-24 season produced 1,410 tonnes of honey.",
                      "2025-02-24");
  EXPECT_NE(find(check({honey, produced}), "cross-source-value", "conflict"), nullptr);
  // Another verb, another year, or a count far off is another count.
  for (std::string other : {"The Authority surveyed 18,462 households in 2024-25.",
                            "The Authority connected 18,462 households in 2023-24.",
                            "The Authority connected 6,815 households in 2024-25."}) {
    EXPECT_EQ(
        find(check({report, doc("a", other, "2025-06-20")}), "cross-source-value", "conflict"),
        nullptr)
        << other;
  }
}

// A role says a name is a person's as a title does: a letter more at the
// end is then a slip too ("Thibodeau", "Thibodeaux"), reported once.
TEST(Checker, ANameARoleIntroducesIsHeldAsATitledOne) {
  auto const findings = check(
      {doc("a", "\"It came together,\" said chief executive Marguerite Thibodeau."),
       doc("b", "Marguerite Thibodeaux, chief executive of the Authority, said: \"Decisive.\""),
       doc("c", "Chief Executive Marguerite Thibodeau said so again.")});
  std::size_t variants = 0;
  for (Finding const& f : findings) {
    if (f.rule != "name-variant")
      continue;
    ++variants;
    EXPECT_NE(f.message.find("Marguerite Thibodeau is also spelled Marguerite Thibodeaux"),
              std::string::npos)
        << f.message;
  }
  EXPECT_EQ(variants, 1u);
  EXPECT_EQ(find(check({doc("a", "Kestrel Lake Road was closed."),
                        doc("b", "Kestrel Lakes Road was closed.")}),
                 "name-variant", "variant"),
            nullptr);
}

// One full name with a letter of its surname swapped, across two texts and
// with no title: one person spelled two ways. Other names are not.
TEST(Checker, AFullNameSpelledTwoWaysWithoutATitle) {
  auto const findings =
      check({doc("a", "\"Prices will stay high,\" said Eirik Haugland, an analyst at Nordvik."),
             doc("b", "Eirik Hauglund of Nordvik made the point to the agency.")});
  Finding const* f = find(findings, "name-variant", "variant");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Eirik Haugland is also spelled Eirik Hauglund"), std::string::npos)
      << f->message;
  EXPECT_EQ(find(check({doc("a", "David Evans spoke first."), doc("b", "David Owens spoke next.")}),
                 "name-variant", "variant"),
            nullptr);
  EXPECT_EQ(find(check({doc("a", "The Seafood Council said so."),
                        doc("b", "Both Seafood Councils said so.")}),
                 "name-variant", "variant"),
            nullptr);
  // A letter more inside a longer surname is the same slip.
  auto const added = check({doc("a", "By Marcus Ellingworth, Chief Executive"),
                            doc("b", "Chief executive Marcus Ellingsworth told investors so.")});
  f = find(added, "name-variant", "variant");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Marcus Ellingsworth is also spelled Marcus Ellingworth"),
            std::string::npos)
      << f->message;
  EXPECT_EQ(find(check({doc("a", "Sarah Hughes spoke first."), doc("b", "Sarah Hughess spoke.")}),
                 "name-variant", "variant"),
            nullptr);  // a letter more at the end
  // Endings said alike, after a Mc prefix too.
  auto const ending = check({doc("a", "Siobhan McCreadie, the chief executive, said so."),
                             doc("b", "Chief executive Siobhan McCready disagreed.")});
  f = find(ending, "name-variant", "variant");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Siobhan McCreadie is also spelled Siobhan McCready"),
            std::string::npos)
      << f->message;
  // A long surname's last letters written two ways.
  auto const tail = check({doc("a", "Siobhan Fairclough, the group's director, said so."),
                           doc("b", "As Siobhan Faircloth, its director, put it, no.")});
  EXPECT_NE(find(tail, "name-variant", "variant"), nullptr);
  EXPECT_EQ(find(check({doc("a", "Anna Robertson spoke first."),
                        doc("b", "Anna Robertshaw spoke next.")}),
                 "name-variant", "variant"),
            nullptr);  // three letters apart: another name
}

// A list's total line and the lines under it, one sum each: past the total
// an error, short of it a warning; a blank line or another kind ends the list.
TEST(Checker, TheLinesUnderAListsTotal) {
  std::string const list =
      "## Key figures\n\n"
      "- Total rural bus fund: £2.35m\n"
      "- Keeping two routes hourly: £980,000\n"
      "- A demand-responsive service: £640,000\n"
      "- Shelters and displays: £415,000\n"
      "- A trial of free Sunday travel: £210,000\n";
  auto const under = check({doc("a", list, "2025-02-06")});
  Finding const* f = find(under, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->severity, "warning");
  EXPECT_NE(f->message.find("sum to £2,245,000"), std::string::npos) << f->message;
  std::string const past = "- Total fund: £2.35m\n- Routes: £1.6m\n- Shelters: £0.9m\n";
  auto const past_findings = check({doc("a", past, "2025-02-06")});
  f = find(past_findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->severity, "error");
  std::string const fair = "- Total fund: £2.35m\n- Routes: £1.6m\n- Shelters: £750,000\n";
  EXPECT_NE(find(check({doc("a", fair, "2025-02-06")}), "arithmetic", "consistent"), nullptr);
  // A table's lines without bullets, under a heading, closed by its total.
  std::string const table =
      "Crush by region (tonnes):\nBreedekloof: 251,300\nOlifants River: 214,800\n"
      "Worcester: 187,600\nTotal: 600,000\n";
  f = find(check({doc("a", table, "2024-06-20")}), "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("653,700"), std::string::npos) << f->message;
  // A line whose label names no total opens no breakdown.
  std::string const no_total = "- Fund: £2.35m\n- Routes: £1.5m\n- Shelters: £0.1m\n";
  EXPECT_EQ(find(check({doc("a", no_total, "2025-02-06")}), "arithmetic", "inconsistent"), nullptr);
}

// A table that closes on its total: the lines above it break it down.
TEST(Checker, TheLinesAboveAClosingTotal) {
  std::string const table =
      "Table 2: Spending, England, 2023-24\n"
      "- Children looked after: £10.4bn\n"
      "- Safeguarding: £2.6bn\n"
      "- Family support: £1.7bn\n"
      "- Total: £13.9bn\n";
  auto const findings = check({doc("a", table, "2025-05")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->severity, "error");
  EXPECT_NE(f->message.find("lines above £13.9bn sum to £14.7bn"), std::string::npos) << f->message;
  std::string const fair = "- Local authority: 24,100\n- Agencies: 18,900\n- Total: 43,000\n";
  EXPECT_NE(find(check({doc("a", fair, "2025-05")}), "arithmetic", "consistent"), nullptr);
  // A blank line parts the total from the lines before it.
  std::string const apart = "- Routes: £1.6m\n- Shelters: £0.9m\n\n- Total: £2.1m\n";
  EXPECT_EQ(find(check({doc("a", apart, "2025-05")}), "arithmetic", "inconsistent"), nullptr);
  // Unbulleted lines whose labels carry a gloss in brackets are lines too.
  std::string const glossed =
      "Spending on waste services, 2024:\n"
      "Civic amenity sites (operation and haulage): €6.2m\n"
      "Bring banks (servicing and glass haulage): €2.9m\n"
      "Landfill aftercare (Knockanore): €3.1m\n"
      "Total cost of household waste services: €15.3m\n";
  auto const glossed_findings = check({doc("a", glossed, "2025-05")});
  Finding const* g = find(glossed_findings, "arithmetic", "inconsistent");
  ASSERT_NE(g, nullptr);
  EXPECT_NE(g->message.find("sum to €12.2m"), std::string::npos) << g->message;
}

// The verb that moves a from-to pair must agree with the figures.
TEST(Checker, APairThatMovesAgainstItsVerb) {
  auto const findings = check({doc("a",
                                   "Children on child protection plans rose from 688 at 31 March "
                                   "2017 to 651 at 31 March 2018. Costs were 200, up from 250 "
                                   "in 2010.",
                                   "2018-10-01")});
  std::size_t against = 0;
  for (Finding const& f : findings) {
    if (f.rule == "arithmetic" && f.verdict == "inconsistent" &&
        f.explanation.find("beyond the rounding") != std::string::npos)
      ++against;
  }
  EXPECT_EQ(against, 2u);
  auto const fair = check({doc("a", "Costs rose sharply from 200 to 250.", "2018-10-01")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
  // The level reached said first, its verb before it.
  auto const reached =
      check({doc("a", "Matchday income rose to £9.8m from £11.2m last season.", "2025-03-12")});
  Finding const* f = find(reached, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("'rose' from £11.2m to £9.8m"), std::string::npos) << f->message;
  EXPECT_EQ(
      find(
          check({doc("a", "Matchday income fell to £9.8m from £11.2m last season.", "2025-03-12")}),
          "arithmetic", "inconsistent"),
      nullptr);
}

// "… has quadrupled since 2017, when fires scorched 41,200 acres": the
// level of the year a multiple counts from, against the level now before it.
TEST(Checker, AMultipleSinceTheLevelOfThatYear) {
  auto const findings = check({doc("a",
                                   "Wildfires burned 132,500 acres this year, and the burned area "
                                   "has quadrupled since 2017, when fires scorched 41,200 acres.",
                                   "2021-11-01")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("3.22 times, stated as quadrupled"), std::string::npos) << f->message;
  // A fraction word beside its percentage, a plan's number between them.
  auto const shares = check({doc("a",
                                 "Only around a quarter of borrowers on Plan 2 loans (37%) will "
                                 "repay in full.",
                                 "2024-01-01")});
  EXPECT_NE(find(shares, "arithmetic", "inconsistent"), nullptr);
}

// "Have doubled in two years, from 4,870 in 2022 to 6,940": a length of time
// between the multiple and its pair is read past.
// A multiple after its pair and the pair's time, set off by a dash, across
// an aside inside the pair.
TEST(Checker, AMultipleAfterAPairAndItsTime) {
  auto const findings = check({doc("a",
                                   "Entries have risen from 4,150 in 2015, the first year the "
                                   "event was held on its current waterfront course, to 12,300 "
                                   "this year \u2013 a fourfold increase.",
                                   "2024-11-08")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("From 4,150 to 12,300 is 2.96 times, stated as fourfold"),
            std::string::npos)
      << f->message;
}

TEST(Checker, AMultipleBeforeALengthOfTimeAndItsPair) {
  auto const findings = check({doc("a",
                                   "Apartment completions have doubled in two years, from 4,870 "
                                   "in 2022 to 6,940 last year.",
                                   "2025-02-12")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("1.43 times, stated as doubled"), std::string::npos) << f->message;
  auto const fair = check({doc("a",
                               "Apartment completions have doubled in two years, from 3,470 in "
                               "2022 to 6,940 last year.",
                               "2025-02-12")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
}

// A count restated as a fraction of the whole the sentence opens with.
TEST(Checker, ACountRestatedAsAFractionOfItsBase) {
  auto findings = check({doc("a",
                             "Of the 31.3 million appointments, about 4.5 million, or one in five, "
                             "took place late.")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("14.4%"), std::string::npos) << f->message;
  auto fair = check({doc("a",
                         "Of the 31.3 million appointments, about 4.5 million, or one in seven, "
                         "took place late.")});
  EXPECT_EQ(find(fair, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(fair, "arithmetic", "consistent"), nullptr);
}

TEST(Checker, ChangeFiguresFromDifferentBaselinesAreDisputed) {
  auto findings = check({doc("a", "Child protection plans have risen 16% since 2011."),
                         doc("b", "Child protection plans have risen 72% since 2008.")});
  Finding const* f = find(findings, "baseline-dispute", "disputed-baseline");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->claims.size(), 2u);
}

TEST(Checker, AChangeTheReferenceSeriesCannotReproduceIsContradicted) {
  auto findings =
      check({doc("a", "The number of children in care doubled between 2010 and 2020.")});
  Finding const* f = find(findings, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  ASSERT_TRUE(f->reference.has_value());
  EXPECT_EQ(f->reference->series, "cla_at_31_march");
}

// A level whose metric is carried from the sentence before is checked
// against the series for the year its own sentence states; a flow's row is
// named by its year, not the day the year ends.
TEST(Checker, ACarriedLevelIsCheckedAgainstTheSeries) {
  auto findings = check({doc("a",
                             "In 2009-10, councils in England started 89,300 section 47 "
                             "enquiries. By 2016-17 the total had reached 158,450.",
                             "2021-03-01")});
  Finding const* f = find(findings, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("158,450"), std::string::npos) << f->message;
  EXPECT_NE(f->message.find("185,450 in 2016-17"), std::string::npos) << f->message;
}

// "Their number has more than trebled since 2013": a possessive carries the
// previous sentence's subject, and the change is held to its series.
TEST(Checker, APossessiveCarriesTheSubjectIntoACheckedChange) {
  auto findings = check({doc("a",
                             "Unaccompanied asylum-seeking children made up 5,080 of the total, "
                             "roughly one in 16 children in care. Their number has more than "
                             "trebled since 2013, when councils looked after 1,950.",
                             "2020-11-20")});
  Finding const* f = find(findings, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("more than trebled"), std::string::npos) << f->message;
  EXPECT_EQ(f->metric, "uasc_lac");
  EXPECT_NE(f->explanation.find("+200% or more"), std::string::npos) << f->explanation;
}

// "23 of the 87 councils … rated inadequate": a count of one grade out of a
// whole that matches the series' own total for that date.
TEST(Checker, AGradeCountOutOfTheInspectedWhole) {
  auto findings = check({doc("a",
                             "In its 2016 annual report, Ofsted said 23 of the 87 councils "
                             "inspected had been rated inadequate.",
                             "2021-03-01")});
  Finding const* f = find(findings, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("21 at 31 March 2016"), std::string::npos) << f->message;
  auto right = check({doc("a",
                          "In its 2016 annual report, Ofsted said 21 of the 87 councils "
                          "inspected had been rated inadequate.",
                          "2021-03-01")});
  EXPECT_EQ(find(right, "reference", "contradicted"), nullptr);
  EXPECT_NE(find(right, "reference", "supported"), nullptr);
  // A breakdown's parts, out of the total its sentence opens with, at the
  // total's time; the total itself against the series' total.
  auto const broken_down = check({doc("a",
                                      "Of the 59 councils inspected by 30 June 2015, 14 were "
                                      "judged good and 19 inadequate.",
                                      "2015-10-30")});
  Finding const* part = find(broken_down, "reference", "contradicted");
  ASSERT_NE(part, nullptr);
  EXPECT_NE(part->message.find("19 is contradicted by ofsted_sif_inadequate (14"),
            std::string::npos)
      << part->message;
  // "127 councils had been inspected; … 33 were inadequate": the count of
  // those inspected is the whole too.
  auto const inspected = check({doc("a",
                                    "By 31 March 2017, 127 councils had been inspected; 37 were "
                                    "good or outstanding and 33 were inadequate.",
                                    "2017-11-24")});
  Finding const* wrong_part = find(inspected, "reference", "contradicted");
  ASSERT_NE(wrong_part, nullptr);
  EXPECT_NE(wrong_part->message.find("33 is contradicted by ofsted_sif_inadequate (30"),
            std::string::npos)
      << wrong_part->message;
  // A share said paragraphs before the breakdown is of another count.
  auto earlier_share = check({doc("a",
                                  "Ofsted began inspecting in 2013. Over the next months the "
                                  "grades were a shock to many directors, who had expected "
                                  "better. In the first year the inadequate share had climbed "
                                  "from 16% to 24%, a rise of eight percentage points, and the "
                                  "framework's reputation dates from that period.\n\nBy 31 "
                                  "March 2017, 127 councils had been inspected; 37 were good or "
                                  "outstanding and 30 were inadequate.",
                                  "2017-11-24")});
  EXPECT_EQ(find(earlier_share, "arithmetic", "inconsistent"), nullptr);
  // Out of a whole the series does not count, nothing to check.
  auto region = check({doc("a",
                           "In its 2016 annual report, Ofsted said 3 of the 12 councils "
                           "inspected had been rated inadequate.",
                           "2021-03-01")});
  EXPECT_EQ(find(region, "reference", "contradicted"), nullptr);
}

TEST(Checker, NamesSpelledTwoWaysAreVariants) {
  auto findings = check({doc("a", "Sir Michael Wilshaw said the report was stark."),
                         doc("b", "Sir Michael Wilshaw, Ofsted, said it again."),
                         doc("c", "Sir Michael Wishaw said so too.")});
  Finding const* f = find(findings, "name-variant", "variant");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Wilshaw"), std::string::npos) << f->message;
  EXPECT_EQ(f->claims.size(), 3u);
}

// Two texts' changes since one stated start, under a generic key of two
// words or more, are one claim: they must agree. Since other starts they need not.
TEST(Checker, GenericChangesSinceOneStartMustAgree) {
  auto const findings =
      check({doc("a", "Spending on residential placements has risen by 112% since 2015-16.",
                 "2025-06-10"),
             doc("b", "Councils' spending on residential placements is up 87% since 2015-16.",
                 "2025-05")});
  Finding const* f = find(findings, "cross-source-value", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->explanation.find("since 2015-16"), std::string::npos) << f->explanation;
  auto const other_starts =
      check({doc("a", "Spending on residential placements has risen by 112% since 2012-13.",
                 "2025-06-10"),
             doc("b", "Councils' spending on residential placements is up 87% since 2015-16.",
                 "2025-05")});
  EXPECT_EQ(find(other_starts, "cross-source-value", "conflict"), nullptr);
  auto const one_word = check({doc("a", "Prices have risen by 12% since 2020.", "2025-06-10"),
                               doc("b", "Prices are up 30% since 2020.", "2025-05")});
  EXPECT_EQ(find(one_word, "cross-source-value", "conflict"), nullptr);
}

// In one document: named in full, then by title and a surname a letter off.
// A title with a first name, and another person's exact surname, are not.
TEST(Checker, ASurnameSpelledTwoWaysInOneDocument) {
  auto findings = check({doc("a",
                             "Siân Pritchard, the director, said 5% left. Ms Prichard will appear "
                             "before the committee. Dr Ray Kendall and Ms Jones agreed.")});
  Finding const* f = find(findings, "name-variant", "variant");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("Prichard"), std::string::npos) << f->message;
  EXPECT_EQ(f->claims.size(), 2u);
  // A double-barrelled surname is one name.
  auto const barrelled_findings = check(
      {doc("a", "Joanna Pryce-Whitley wrote the report. Ms Price-Whitley asked for more time.")});
  Finding const* barrelled = find(barrelled_findings, "name-variant", "variant");
  ASSERT_NE(barrelled, nullptr);
  EXPECT_NE(barrelled->message.find("Pryce-Whitley is also spelled Price-Whitley"),
            std::string::npos)
      << barrelled->message;
  auto clean =
      check({doc("b", "Siân Pritchard said 5% left. Ms Pritchard agreed. Mr Richards did not.")});
  EXPECT_EQ(find(clean, "name-variant", "variant"), nullptr);
  // The surname alone, saying something; a prefixed surname is one name.
  auto const alone = check({doc("d",
                                "Alasdair McQuarrie, the chief executive, said spills fell 5%. "
                                "McQuarry said 96 overflows would be upgraded.")});
  Finding const* said = find(alone, "name-variant", "variant");
  ASSERT_NE(said, nullptr);
  EXPECT_NE(said->message.find("McQuarrie is also spelled McQuarry"), std::string::npos)
      << said->message;
  auto const other_speaker =
      check({doc("e",
                 "Alasdair McQuarrie said spills fell 5%. Ofsted said little. McQuarrie "
                 "said more. Mcquarrie-Smith said nothing.")});
  EXPECT_EQ(find(other_speaker, "name-variant", "variant"), nullptr);
  // Named in full after a title too.
  auto titled = check({doc("c",
                           "Councillor Gareth Llewelyn said spending rose 5%. Cllr Llewellyn "
                           "added that the council wrote to ministers.")});
  EXPECT_NE(find(titled, "name-variant", "variant"), nullptr);
  // A title with a full stop, as American papers write it.
  auto dotted = check({doc("d",
                           "\"It is arriving later,\" said Dr. Marisol Quintero, an "
                           "epidemiologist. Dr. Quintera said 40% of the declines were fragile.")});
  EXPECT_NE(find(dotted, "name-variant", "variant"), nullptr);
}

// Under a key no lexicon knows, one figure quoted from two baselines is a
// dispute; two figures over two windows are just two windows.
TEST(BaselineDispute, OneFigureQuotedFromTwoBaselines) {
  auto release = doc("a", "Incidents have risen by 63% since 2015.", "2025-03-12");
  auto paper = doc("b", "Incidents are up 63 per cent since 2019.", "2025-03-14");
  auto const findings = check({release, paper});
  Finding const* f = find(findings, "baseline-dispute", "disputed-baseline");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->metric, "incident");
  EXPECT_NE(f->explanation.find("is an increase since 2015"), std::string::npos) << f->explanation;
  auto other = doc("b", "Incidents are up 24 per cent since 2019.", "2025-03-14");
  EXPECT_EQ(find(check({release, other}), "baseline-dispute", "disputed-baseline"), nullptr);
}

// The majority spelling is the one more sources use, however often one text
// repeats its own slip; with none ahead, the explanation says so.
TEST(Checker, NameVariantMajorityIsOfSources) {
  auto a = doc("a", "Sir Michael Wishaw said so. Sir Michael Wishaw said it again.");
  auto b = doc("b", "Sir Michael Wilshaw spoke.");
  auto c = doc("c", "Sir Michael Wilshaw agreed.");
  auto const findings = check({a, b, c});
  Finding const* f = find(findings, "name-variant", "variant");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->message, "Sir Michael Wilshaw is also spelled Sir Michael Wishaw");
  EXPECT_NE(f->explanation.find("Sir Michael Wilshaw is the majority spelling"), std::string::npos)
      << f->explanation;
  auto const tied = check(
      {doc("a", "Dr Mireille Thibadeau led it."), doc("b", "Dr Mireille Thibodeau said so.")});
  f = find(tied, "name-variant", "variant");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->explanation.find("no spelling is in the majority"), std::string::npos)
      << f->explanation;
}

// A one-word key ("people") compares two texts only where one restates the
// other: a count of the same place and year, the two close (3,689 and 3,869).
TEST(Checker, ACountRestatedUnderAOneWordKey) {
  auto report =
      doc("a", "In England and Wales, teams assisted 3,689 people in 2024.", "2025-03-12");
  auto restated =
      doc("b", "In England and Wales, teams helped 3,869 people in 2024.", "2025-03-13");
  auto const findings = check({report, restated});
  Finding const* f = find(findings, "cross-source-value", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->metric, "person");
  auto other = doc("b", "In England and Wales, 12,000 people took part in 2024.", "2025-03-13");
  EXPECT_EQ(find(check({report, other}), "cross-source-value", "conflict"), nullptr);
  auto nowhere = doc("b", "Teams helped 3,869 people in 2024.", "2025-03-13");
  EXPECT_EQ(find(check({report, nowhere}), "cross-source-value", "conflict"), nullptr);
}

// A reader's per cent is held to the article's fraction in words, and of
// two figures for one period, to the nearer one.
TEST(Checker, AReadersPerCentAgainstTheArticlesFraction) {
  auto article = doc("a",
                     "About 93 per cent of households can now get the service. Nearly "
                     "two-thirds of households passed by the network have taken out a "
                     "subscription.",
                     "2025-06-20");
  auto comment_on_a = [](std::string text) {
    auto c = doc("c", std::move(text), "2025-06-21");
    c.kind = claimcheck::corpus::DocumentKind::kComment;
    c.parent = "a";
    return c;
  };
  auto const findings = check(
      {article, comment_on_a("NorthOfThe38 - June 21, 2025 at 7:42 p.m.\n\nYour own article says "
                             "just 46 per cent of households have signed up.")});
  Finding const* f = find(findings, "comment-audit", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("46 per cent disagrees with the article's nearly two-thirds"),
            std::string::npos)
      << f->message;
  EXPECT_NE(f->explanation.find("58.3 to 66.7%"), std::string::npos) << f->explanation;
  auto const fair =
      check({article, comment_on_a("Your own article says 64 per cent of households signed up.")});
  EXPECT_NE(find(fair, "comment-audit", "consistent"), nullptr);
  EXPECT_EQ(find(fair, "comment-audit", "conflict"), nullptr);
}

// "As your article says, call-outs went up 18%" under "call-outs rose by
// 8.3% on 2023": a reader citing the article's change is held to it.
TEST(Checker, AReaderCitingTheArticlesChangeIsHeldToIt) {
  auto article = doc("a", "Call-outs rose by 8.3% on 2023.", "2025-03-13");
  auto comment_on_a = [](std::string text) {
    auto c = doc("c", std::move(text), "2025-03-14");
    c.kind = claimcheck::corpus::DocumentKind::kComment;
    c.parent = "a";
    return c;
  };
  auto const findings = check(
      {article, comment_on_a("As your article says, call-outs went up 18% in a single year.")});
  Finding const* f = find(findings, "comment-audit", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("18% disagrees with the article's 8.3%"), std::string::npos)
      << f->message;
  for (std::string other : {"Call-outs went up 18% round here.",
                            "As your article says, call-outs fell 8.3% in a year."})
    EXPECT_EQ(find(check({article, comment_on_a(other)}), "comment-audit", "conflict"), nullptr)
        << other;
}

// A reader who says what the article says quotes it, even of a metric as
// vague as "people"; without saying so, a one-word key compares nothing.
TEST(Checker, AReaderSayingWhatTheArticleSaysIsHeldToIt) {
  auto article =
      doc("a", "More than 32,000 people have been forced from their homes.", "2025-06-06");
  auto quoting =
      doc("c", "The article literally says 23,000 people have been evacuated.", "2025-06-06");
  quoting.kind = claimcheck::corpus::DocumentKind::kComment;
  quoting.parent = "a";
  auto const findings = check({article, quoting});
  Finding const* f = find(findings, "comment-audit", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("23,000 disagrees with the article's more than 32,000"),
            std::string::npos)
      << f->message;
  auto it_says = doc("c", "It says 23,500 people have been evacuated.", "2025-06-06");
  it_says.kind = claimcheck::corpus::DocumentKind::kComment;
  it_says.parent = "a";
  auto const said = check({article, it_says});
  EXPECT_NE(find(said, "comment-audit", "conflict"), nullptr);
  auto own = doc("c", "Around 23,000 people have been evacuated near us.", "2025-06-06");
  own.kind = claimcheck::corpus::DocumentKind::kComment;
  own.parent = "a";
  auto const unattributed = check({article, own});
  EXPECT_EQ(find(unattributed, "comment-audit", "conflict"), nullptr);

  // Or names the paper: "So the Echo says" under the Castlemere Echo's
  // article, whose figure has no period of its own beside the reader's.
  auto routes = doc("a", "Eight new destinations were added during the year.", "2025-02-19");
  routes.publisher = "Castlemere Echo";
  auto echo = doc("c", "So the Echo says 18 new destinations were added last year.", "2025-02-19");
  echo.kind = claimcheck::corpus::DocumentKind::kComment;
  echo.parent = "a";
  EXPECT_NE(find(check({routes, echo}), "comment-audit", "conflict"), nullptr);
  auto elsewhere =
      doc("c", "So the Ledger says 18 new destinations were added last year.", "2025-02-19");
  elsewhere.kind = claimcheck::corpus::DocumentKind::kComment;
  elsewhere.parent = "a";
  EXPECT_EQ(find(check({routes, elsewhere}), "comment-audit", "conflict"), nullptr);

  // A reader's count out of a whole against the article's out of the same whole.
  auto branches =
      doc("a", "Five of Kettleby's 14 branch libraries could close next year.", "2024-11-18");
  auto six = doc("c", "So the council wants to shut six of the fourteen branches.", "2024-11-18");
  six.kind = claimcheck::corpus::DocumentKind::kComment;
  six.parent = "a";
  f = find(check({branches, six}), "comment-audit", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("disagrees with the article's"), std::string::npos) << f->message;
  auto five = doc("c", "So the council wants to shut five of the fourteen branches.", "2024-11-18");
  five.kind = claimcheck::corpus::DocumentKind::kComment;
  five.parent = "a";
  EXPECT_EQ(find(check({branches, five}), "comment-audit", "conflict"), nullptr);
  auto toilets =
      doc("a", "Only 14 of the 38 public toilets the council ran remain open.", "2025-03-13");
  auto twelve =
      doc("c", "So the article says we're down to just 12 toilets out of 38.", "2025-03-13");
  twelve.kind = claimcheck::corpus::DocumentKind::kComment;
  twelve.parent = "a";
  EXPECT_NE(find(check({toilets, twelve}), "comment-audit", "conflict"), nullptr);
  // Out of another thing's whole, a reader's count is held to nothing.
  auto staff = doc("c", "They sacked six of the fourteen staff.", "2024-11-18");
  staff.kind = claimcheck::corpus::DocumentKind::kComment;
  staff.parent = "a";
  EXPECT_EQ(find(check({branches, staff}), "comment-audit", "conflict"), nullptr);

  // Quoting it, the reader may name the thing in fewer words than the
  // article does; the sum's bounds are in its own currency.
  auto costs = doc("a",
                   "Federal and provincial firefighting costs for the season are estimated at "
                   "CAD 1.6 billion.",
                   "2025-10-06");
  auto fewer =
      doc("c", "The article says firefighting this year cost CAD 2.6 billion.", "2025-10-06");
  fewer.kind = claimcheck::corpus::DocumentKind::kComment;
  fewer.parent = "a";
  auto const cost = check({costs, fewer});
  f = find(cost, "comment-audit", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->explanation.find("CAD 2.55bn to CAD 2.65bn"), std::string::npos) << f->explanation;
  fewer.text = "Firefighting this year cost CAD 2.6 billion, I reckon.";
  EXPECT_EQ(find(check({costs, fewer}), "comment-audit", "conflict"), nullptr);
}

// A reader's change in pounds is held to the article's change in pounds of
// the same direction, not to its levels.
TEST(Checker, AReadersChangeAgainstTheArticlesChange) {
  auto article = doc("a",
                     "The average household bill is rising from £412 in 2024-25 to £498 this "
                     "year, an increase of 21 per cent, or £86 a year.",
                     "2025-09-19");
  auto misquote = doc("c", "The article says bills are going up by £96 a year.", "2025-09-20");
  misquote.kind = claimcheck::corpus::DocumentKind::kComment;
  misquote.parent = "a";
  auto const findings = check({article, misquote});
  Finding const* f = find(findings, "comment-audit", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("£96 a year disagrees with the article's £86 a year"),
            std::string::npos)
      << f->message;
  misquote.text = "The article says bills are going up by £86 a year.";
  auto const fair = check({article, misquote});
  EXPECT_EQ(find(fair, "comment-audit", "conflict"), nullptr);
  EXPECT_NE(find(fair, "comment-audit", "consistent"), nullptr);
}

TEST(Checker, AReadersProjectionWithNoSourceIsUnsupported) {
  auto comment = doc("c", "Soon this will lead to 50% of children having a social worker.");
  comment.kind = claimcheck::corpus::DocumentKind::kComment;
  auto findings = check({comment});
  EXPECT_NE(find(findings, "comment-audit", "unsupported"), nullptr);
  auto going = doc("g", "At this rate the waiting list is going to double to 40% by spring.");
  going.kind = claimcheck::corpus::DocumentKind::kComment;
  EXPECT_NE(find(check({going}), "comment-audit", "unsupported"), nullptr);
  // "going to the museums": a journey, so the past visits after it are no projection.
  auto journey = doc("j",
                     "I've been going to the museums for years and went three times last year, "
                     "so I count as three of your visits.");
  journey.kind = claimcheck::corpus::DocumentKind::kComment;
  EXPECT_EQ(find(check({journey}), "comment-audit", "unsupported"), nullptr);
  // A projection the article above gives has the article for its source.
  auto article = doc("a", "She expects that number to fall to about 2,700 by next March.");
  auto echo = doc("e", "How many of us are going to end up in that last 2,700?");
  echo.kind = claimcheck::corpus::DocumentKind::kComment;
  echo.parent = "a";
  EXPECT_EQ(find(check({article, echo}), "comment-audit", "unsupported"), nullptr);
  echo.parent = "";
  EXPECT_NE(find(check({article, echo}), "comment-audit", "unsupported"), nullptr);
}

// A reader's level is held to the latest figure the article above it gives
// for the same thing; a round figure may be rounded.
// Two bounds on one side always overlap; a reader quoting the article's
// bound restates it, so "more than £7,000" is not "more than £4,000".
TEST(Checker, AReadersBoundAgainstTheArticlesBound) {
  auto article =
      doc("a", "A place in a private children's home can now cost more than £4,000 a week.",
          "2020-11-20");
  auto comment = doc("c", "You quote a children's home place as costing more than £7,000 a week.",
                     "2020-11-22");
  comment.kind = claimcheck::corpus::DocumentKind::kComment;
  comment.parent = "a";
  auto const misquoted = check({article, comment});
  Finding const* f = find(misquoted, "comment-audit", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->explanation.find("bounds on one side"), std::string::npos) << f->explanation;
  auto fair = doc("c", "A children's home place costs over £4,000 a week.", "2020-11-22");
  fair.kind = claimcheck::corpus::DocumentKind::kComment;
  fair.parent = "a";
  auto const findings = check({article, fair});
  EXPECT_EQ(find(findings, "comment-audit", "conflict"), nullptr);
  EXPECT_NE(find(findings, "comment-audit", "consistent"), nullptr);
}

TEST(Checker, AReadersFigureAgainstTheArticleItSitsUnder) {
  auto article = doc("a",
                     "There were 82,170 children in care in England at 31 March 2022, up from "
                     "80,780 a year earlier. Prisons hold 87,900 inmates.",
                     "2022-11-17");
  auto comment = doc("c", "There are over 100,000 kids in care in England now.", "2022-11-18");
  comment.kind = claimcheck::corpus::DocumentKind::kComment;
  comment.parent = "a";
  auto const overstated = check({article, comment});
  Finding const* f = find(overstated, "comment-audit", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("82,170"), std::string::npos) << f->message;

  auto fair = doc("c", "There are about 82,000 kids in care in England now.", "2022-11-18");
  fair.kind = claimcheck::corpus::DocumentKind::kComment;
  fair.parent = "a";
  auto findings = check({article, fair});
  EXPECT_EQ(find(findings, "comment-audit", "conflict"), nullptr);
  EXPECT_NE(find(findings, "comment-audit", "consistent"), nullptr);

  // Under another article, or about another place, nothing to hold it to.
  auto elsewhere = doc("c", "There are over 100,000 kids in care in Scotland now.", "2022-11-18");
  elsewhere.kind = claimcheck::corpus::DocumentKind::kComment;
  elsewhere.parent = "a";
  EXPECT_EQ(find(check({article, elsewhere}), "comment-audit", "conflict"), nullptr);
  comment.parent = "b";
  EXPECT_EQ(find(check({article, comment}), "comment-audit", "conflict"), nullptr);
}

// A reader who quotes one of the article's figures fairly is held to that
// one, not to another the article gives for the same thing; a reader's own
// experience in the first person is held to nothing.
TEST(Checker, AReaderQuotingOneOfTheArticlesFiguresOrTellingTheirOwn) {
  auto article = doc("a",
                     "There were 77,470 initial child protection conferences in England in "
                     "2019-20, covering 76,340 children. There were 201,000 section 47 enquiries "
                     "in England in 2019-20.",
                     "2020-10-29");
  auto comment =
      doc("c",
          "Only 77,470 initial conferences in England in 2019-20. I did four s47 visits last "
          "Tuesday.",
          "2020-10-30");
  comment.kind = claimcheck::corpus::DocumentKind::kComment;
  comment.parent = "a";
  auto findings = check({article, comment});
  EXPECT_EQ(find(findings, "comment-audit", "conflict"), nullptr);
  Finding const* fair = find(findings, "comment-audit", "consistent");
  ASSERT_NE(fair, nullptr);
  EXPECT_NE(fair->message.find("the article's 77,470"), std::string::npos) << fair->message;
}

// A reader's change that starts from the article's starting figure quotes
// the article's change, however the reader names the measure.
TEST(Checker, AReadersChangeFromTheArticlesStartingFigure) {
  auto article = doc("a",
                     "The council's budget for supported buses will fall from £6.4m in 2023-24 "
                     "to £4.8m in 2024-25.",
                     "2024-03-14");
  auto misquote =
      doc("c", "Now the council is slashing the bus budget from £6.4m to £3.8m.", "2024-03-15");
  misquote.kind = claimcheck::corpus::DocumentKind::kComment;
  misquote.parent = "a";
  auto const misquoted = check({article, misquote});
  Finding const* f = find(misquoted, "comment-audit", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("£3.8m"), std::string::npos) << f->message;
  EXPECT_NE(f->message.find("£4.8m"), std::string::npos) << f->message;
  auto fair = misquote;
  fair.text = "Now the council is slashing the bus budget from £6.4m to £4.8m.";
  auto findings = check({article, fair});
  EXPECT_EQ(find(findings, "comment-audit", "conflict"), nullptr);
  EXPECT_NE(find(findings, "comment-audit", "consistent"), nullptr);
  // A change the other way, or from another figure, is another change.
  auto other = misquote;
  other.text = "Parking income rose from £1.2m to £3.8m.";
  EXPECT_EQ(find(check({article, other}), "comment-audit", "conflict"), nullptr);
}

TEST(Checker, FromToAgainstAStatedChange) {
  auto findings =
      check({doc("a",
                 "Spending on youth services fell from £3.6bn to £2.1bn, a fall of 40%. "
                 "Spending on children's centres fell from £1.0bn to £0.5bn, a fall of 20%.")});
  int consistent = 0, inconsistent = 0;
  for (auto const& f : findings) {
    if (f.rule != "arithmetic" || f.claims.size() != 3)
      continue;
    consistent += f.verdict == "consistent";
    inconsistent += f.verdict == "inconsistent";
  }
  // 3.6 -> 2.1 is -41.7% (-39% to -44% with rounding): 40% holds. 1.0 -> 0.5 is -50%: 20% does not.
  EXPECT_EQ(consistent, 1);
  EXPECT_EQ(inconsistent, 1);
}

TEST(Checker, PointsInOneSourcePerCentInAnotherConflict) {
  auto findings =
      check({doc("a",
                 "The proportion of children in care placed far from home has risen by five "
                 "percentage points since 2011."),
             doc("b",
                 "The proportion of children in care placed far from home has risen by 25% since "
                 "2011.")});
  Finding const* f = find(findings, "percent-vs-points", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->explanation.find("20%"), std::string::npos) << f->explanation;
}

// A figure made by hand, as the extractor would make it: `value` children in
// care in 2015, according to document `doc`.
claimcheck::extractor::Claim figure(std::string doc, double value) {
  static int n = 0;
  claimcheck::extractor::Claim c;
  c.id = doc + ":c" + std::to_string(++n);
  c.doc = std::move(doc);
  c.text = std::to_string(static_cast<int>(value));
  c.sentence = "In 2015 there were " + c.text + " children in care.";
  c.metric = claimcheck::extractor::Metric{"lac", "children in care", "lexicon", "stock"};
  c.confidence = 0.9;
  c.quantity.value = value;
  c.quantity.low = value - 0.5;
  c.quantity.high = value + 0.5;
  claimcheck::grammar::Period p{"2015", "2015-01-01", "2015-12-31"};
  c.time.at = claimcheck::extractor::ScopedPeriod{p, "", false};
  return c;
}

std::vector<Finding> check_claims(std::vector<claimcheck::extractor::Claim> const& claims) {
  static std::vector<claimcheck::corpus::Document> const documents;
  static claimcheck::corpus::Lexicon const lexicon;
  static std::vector<claimcheck::corpus::ReferenceRow> const reference;
  return claimcheck::checker::check({documents, claims, lexicon, reference});
}

std::vector<Finding> cross_source(std::vector<Finding> const& findings) {
  std::vector<Finding> out;
  std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
               [](Finding const& f) { return f.rule == "cross-source-value"; });
  return out;
}

TEST(Checker, AFewDisagreeingFiguresArePairsAndTheLargestAgreeingGroup) {
  auto found = cross_source(
      check_claims({figure("a", 100), figure("b", 100), figure("c", 100), figure("d", 150)}));
  ASSERT_EQ(found.size(), 4u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(found[i].verdict, "conflict");
    ASSERT_EQ(found[i].claims.size(), 2u);
    EXPECT_EQ(found[i].claims[1].doc, "d");
  }
  EXPECT_EQ(found[3].verdict, "consistent");
  EXPECT_EQ(found[3].claims.size(), 3u);
  EXPECT_NE(found[3].message.find("3 of 4 figures"), std::string::npos) << found[3].message;
}

TEST(Checker, ManyDisagreeingFiguresAreOneFindingListingTheOutliers) {
  std::vector<claimcheck::extractor::Claim> claims;
  for (int i = 0; i < 12; ++i)
    claims.push_back(figure("agrees" + std::to_string(i), 10));
  for (int i = 0; i < 4; ++i)
    claims.push_back(figure("outlier" + std::to_string(i), 15 + i));
  auto found = cross_source(check_claims(claims));  // 12 x 4 disagreeing pairs
  ASSERT_EQ(found.size(), 1u);
  Finding const& f = found[0];
  EXPECT_EQ(f.verdict, "conflict");
  EXPECT_NE(f.message.find("16 figures"), std::string::npos) << f.message;
  EXPECT_NE(f.message.find("12 agree on 9.5 to 10.5, 4 do not"), std::string::npos) << f.message;
  // Three of the agreeing figures, then every outlier.
  ASSERT_EQ(f.claims.size(), 7u);
  for (std::size_t i = 3; i < 7; ++i)
    EXPECT_EQ(f.claims[i].doc.rfind("outlier", 0), 0u) << f.claims[i].doc;
  EXPECT_NE(f.explanation.find("17 (outlier2) allows 16.5 to 17.5"), std::string::npos)
      << f.explanation;
}

TEST(Checker, FindingsNameTheirClaimsWithoutCopyingSentences) {
  auto found = cross_source(check_claims({figure("a", 100), figure("b", 150)}));
  ASSERT_EQ(found.size(), 1u);
  for (auto const& c : found[0].claims) {
    EXPECT_FALSE(c.claim.empty());
    EXPECT_TRUE(c.sentence.empty());
  }
}

TEST(Checker, SeverityThresholds) {
  EXPECT_TRUE(claimcheck::checker::at_or_over("error", "warning"));
  EXPECT_TRUE(claimcheck::checker::at_or_over("warning", "warning"));
  EXPECT_FALSE(claimcheck::checker::at_or_over("info", "warning"));
  EXPECT_FALSE(claimcheck::checker::at_or_over("warning", "error"));
}

// ---- reference: the window a claim states, or the latest snapshot ------------------

bool mentions(Finding const& f, std::string const& words) {
  return f.explanation.find(words) != std::string::npos ||
         f.message.find(words) != std::string::npos;
}

TEST(Reference, ASinceYearChangeEndsAtTheLatestSnapshotBeforeTheTextsDate) {
  // cpp_at_31_march: 42,330 (2011) -> 53,790 (2018) is +27.1%.
  for (std::string text : {"The number of children on child protection plans has gone up 12% "
                           "since 2011.",
                           "Since 2011 the number of child protection plans has risen "
                           "by just 12%."}) {
    auto findings = check({doc("a", text, "2018-11-02")});
    Finding const* f = find(findings, "reference", "contradicted");
    ASSERT_NE(f, nullptr) << text;
    EXPECT_TRUE(mentions(*f, "53,790")) << f->explanation;
    EXPECT_TRUE(mentions(*f, "2018-11-02")) << f->explanation;
    EXPECT_TRUE(mentions(*f, "+27.1%")) << f->explanation;
  }
  auto findings =
      check({doc("b", "The number of children on child protection plans has risen 27% since 2011.",
                 "2018-11-02")});
  EXPECT_NE(find(findings, "reference", "supported"), nullptr);
  EXPECT_EQ(find(findings, "reference", "contradicted"), nullptr);
}

// The series stops at 2021; a text of 2022 that states the 2022 level counts
// its "since 2010" to that level (64,400 -> 82,170 is +27.6%), and a wrong
// change still is contradicted against it.
TEST(Reference, ASinceYearChangeEndsAtTheTextsOwnLaterLevel) {
  std::string const level = "There were 82,170 children in care in England at 31 March 2022. ";
  auto right = check({doc(
      "a", level + "The number of children in care has risen by 28% since 2010.", "2022-11-17")});
  EXPECT_EQ(find(right, "reference", "contradicted"), nullptr);
  Finding const* supported = find(right, "reference", "supported");
  ASSERT_NE(supported, nullptr);
  EXPECT_TRUE(mentions(*supported, "82,170")) << supported->explanation;
  auto wrong = check({doc(
      "b", level + "The number of children in care has risen by 40% since 2010.", "2022-11-17")});
  EXPECT_NE(find(wrong, "reference", "contradicted"), nullptr);
}

TEST(Reference, ALevelReachedIsNotCheckedAsAChange) {
  // Read as a 12% rise since 2011 this would be contradicted (+27.1%); it is
  // the level the figure rose to.
  auto findings = check({doc("a",
                             "Since 2011 the number of children on child protection plans has "
                             "risen to 12% of all referrals.",
                             "2018-11-02")});
  EXPECT_EQ(find(findings, "reference", "contradicted"), nullptr);
}

TEST(Reference, AOneYearChangeIsCheckedAgainstThatYearsSnapshots) {
  // cla_at_31_march: 78,150 -> 80,080 is +2.5%, not 4%.
  auto findings = check(
      {doc("a", "In the year to 31 March 2020 the number of children in care went up 4 per cent.",
           "2020-12-01")});
  Finding const* f = find(findings, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "78,150")) << f->explanation;
  EXPECT_TRUE(mentions(*f, "80,080")) << f->explanation;
  EXPECT_FALSE(mentions(*f, "2021-03-31")) << f->explanation;
}

TEST(Reference, ASubsetOfThePopulationIsUnverifiable) {
  auto findings = check({doc("a",
                             "The number of young people aged 16 and over on child protection "
                             "plans rose by 40% between 2011 and 2015.")});
  EXPECT_EQ(find(findings, "reference", "contradicted"), nullptr);
  Finding const* f = find(findings, "reference", "unverifiable");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "16")) << f->explanation;
}

TEST(Reference, CashFiguresAreNotCheckedAgainstARealTermsSeries) {
  auto findings = check({doc("a",
                             "In cash terms, spending on early intervention fell by 10% between "
                             "2010-11 and 2019-20.")});
  EXPECT_EQ(find(findings, "reference", "contradicted"), nullptr);
  Finding const* f = find(findings, "reference", "unverifiable");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "real terms")) << f->explanation;
}

TEST(Reference, MoneyIsShownInTheSeriesUnit) {
  auto findings = check({doc("a",
                             "Councils' spending on early intervention fell by 30% between "
                             "2010-11 and 2019-20, in real terms.")});
  Finding const* f = find(findings, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "£3.6bn")) << f->explanation;
  EXPECT_TRUE(mentions(*f, "£1.8bn")) << f->explanation;
}

claimcheck::corpus::Document comment(std::string id, std::string text, std::string parent_date) {
  auto d = doc(std::move(id), std::move(text), "");
  d.kind = claimcheck::corpus::DocumentKind::kComment;
  d.parent = "article";
  d.parent_date = std::move(parent_date);
  return d;
}

TEST(CommentAudit, AReadersFigureTheSeriesContradictsIsContradicted) {
  for (std::string text : {"There are now well over 120,000 children in care in England.",
                           "Nobody mentions that more than 100,000 children are in care."}) {
    auto findings = check({comment("c", text, "2020-12-10")});
    Finding const* f = find(findings, "comment-audit", "contradicted");
    ASSERT_NE(f, nullptr) << text;
    EXPECT_TRUE(mentions(*f, "80,080")) << f->explanation;
    ASSERT_TRUE(f->reference.has_value());
  }
  auto findings = check({comment("c",
                                 "Early intervention spending has been cut by two thirds "
                                 "since 2010, whatever they say.",
                                 "2021-07-14")});
  Finding const* f = find(findings, "comment-audit", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "-50%")) << f->explanation;
  findings = check(
      {comment("c", "Early intervention spending has been cut by half since 2010.", "2021-07-14")});
  EXPECT_EQ(find(findings, "comment-audit", "contradicted"), nullptr);
}

// "the 28,160 children who came into care last year", said in December
// 2021, quotes the article's "In 2020-21, 28,160 …, down 9% from 30,970":
// the later figure of the pair, not the earlier. Calendar 2020 is shared by
// two fiscal years' flows, and with 2020-21 missing from the series the
// 2019-20 row cannot contradict it.
TEST(CommentAudit, AReaderQuotingTheLaterFigureOfAPairQuotesItFairly) {
  auto article = doc("article",
                     "In 2020-21, 28,160 children started to be looked after in England, down 9% "
                     "from 30,970 the year before.",
                     "2021-11-28");
  auto reader = comment("c",
                        "The 28,160 children who came into care last year did not arrive "
                        "from nowhere.",
                        "2021-11-28");
  reader.date = "2021-12-06";
  auto findings = check({article, reader});
  EXPECT_EQ(find(findings, "comment-audit", "conflict"), nullptr);
  EXPECT_EQ(find(findings, "comment-audit", "contradicted"), nullptr);
  Finding const* fair = find(findings, "comment-audit", "consistent");
  ASSERT_NE(fair, nullptr);
  EXPECT_TRUE(mentions(*fair, "28,160")) << fair->message;
}

// Readers round: "80,000" and "80,100" stand for 80,080; "100,000" does not.
TEST(CommentAudit, ARoundFigureIsReadAsRoundedOrCut) {
  for (std::string text : {"There are 80,000 children in care in England now.",
                           "There are 80,100 children in care in England now."}) {
    auto findings = check({comment("c", text, "2020-12-10")});
    EXPECT_EQ(find(findings, "comment-audit", "contradicted"), nullptr) << text;
    Finding const* f = find(findings, "reference", "supported");
    ASSERT_NE(f, nullptr) << text;
    EXPECT_TRUE(mentions(*f, "round figure")) << f->explanation;
  }
  auto findings =
      check({comment("c", "There are 100,000 children in care in England now.", "2020-12-10")});
  EXPECT_NE(find(findings, "comment-audit", "contradicted"), nullptr);
}

// The bundled series count England: a figure about a region or city is not
// checked against them, nor set against an England figure.
TEST(Reference, AFigureAboutAnotherPlaceIsUnverifiable) {
  auto findings =
      check({comment("c", "There are about 10,000 children in care in London.", "2020-12-10")});
  EXPECT_EQ(find(findings, "comment-audit", "contradicted"), nullptr);
  Finding const* f = find(findings, "reference", "unverifiable");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "London")) << f->explanation;

  auto regional = check(
      {doc("a", "At 31 March 2020 there were 80,080 children in care.", "2020-06-01"),
       doc("b", "At 31 March 2020 there were 70,000 children in care in London.", "2020-06-01")});
  EXPECT_EQ(find(regional, "cross-source-value", "conflict"), nullptr);
}

// ---- baseline-dispute: a stated window's verdict first; subsets apart ---------------

TEST(BaselineDispute, AStatedWindowIsJudgedNotMatchedToAnotherWindow) {
  auto findings =
      check({doc("a", "The number of children on child protection plans has risen 12% since 2011.",
                 "2018-10-26"),
             doc("b", "Child protection plans have gone up by 38% since 2010.", "2018-10-26")});
  Finding const* f = find(findings, "baseline-dispute", "disputed-baseline");
  ASSERT_NE(f, nullptr);
  // 12% fits 31 March 2013 to 31 March 2014, but 2011 to 2018 is +27.1%.
  EXPECT_EQ(f->explanation.find("12.1% matches"), std::string::npos) << f->explanation;
  EXPECT_TRUE(mentions(*f, "contradicted")) << f->explanation;
  EXPECT_NE(find(findings, "reference", "contradicted"), nullptr);
}

TEST(BaselineDispute, ASubsetOfThePopulationIsItsOwnDispute) {
  auto findings = check(
      {doc("a", "Child protection plans have risen 16% since 2011.", "2016"),
       doc("b", "Child protection plans have risen 72% since 2008.", "2016"),
       doc("c",
           "The number of young people aged 16 and over on child protection plans rose by 54% "
           "between 2011 and 2015.",
           "2016"),
       doc("d", "Child protection plans for young people aged 16 or over rose by 20% since 2014.",
           "2016")});
  int all_children = 0;
  for (auto const& f : findings) {
    if (f.rule != "baseline-dispute")
      continue;
    bool subset = std::any_of(f.claims.begin(), f.claims.end(),
                              [](auto const& c) { return c.doc == "c" || c.doc == "d"; });
    bool whole = std::any_of(f.claims.begin(), f.claims.end(),
                             [](auto const& c) { return c.doc == "a" || c.doc == "b"; });
    EXPECT_FALSE(subset && whole) << f.explanation;
    all_children += whole;
    if (subset)
      EXPECT_EQ(f.explanation.find("matches"), std::string::npos) << f.explanation;
  }
  EXPECT_EQ(all_children, 1);
}

// ---- arithmetic: a from->to pair and the change stated for it ------------------------

std::vector<Finding> arithmetic_with(std::vector<Finding> const& findings,
                                     std::string const& text) {
  std::vector<Finding> out;
  for (auto const& f : findings) {
    if (f.rule == "arithmetic" && f.message.find(text) != std::string::npos)
      out.push_back(f);
  }
  return out;
}

TEST(Arithmetic, AChangeInASharePutInPointsIsADifference) {
  auto findings = check({doc("a",
                             "The share of the budget spent on early help fell from 36% to 17%, "
                             "a fall of 19 percentage points. Spending on youth services rose "
                             "6% in the same years.")});
  auto found = arithmetic_with(findings, "From 36% to 17%");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].verdict, "consistent") << found[0].explanation;
  EXPECT_NE(found[0].message.find("19 percentage points"), std::string::npos) << found[0].message;
}

// "a rise of more than a third": a fraction states the change as a share of
// the level it moved from.
TEST(Arithmetic, AFractionStatedAsTheChange) {
  auto findings = check({doc("a",
                             "Spending rose from £98bn to £124bn, a rise of more than a third. "
                             "Staff numbers fell from 90,000 to 60,000, a cut of a third.")});
  auto loose = arithmetic_with(findings, "From £98bn to £124bn");
  ASSERT_EQ(loose.size(), 1u);
  EXPECT_EQ(loose[0].verdict, "inconsistent") << loose[0].explanation;
  EXPECT_NE(loose[0].explanation.find("(33.3%, read as 33.3% to 41.7%)"), std::string::npos)
      << loose[0].explanation;
  auto right = arithmetic_with(findings, "From 90,000 to 60,000");
  ASSERT_EQ(right.size(), 1u);
  EXPECT_EQ(right[0].verdict, "consistent") << right[0].explanation;
  // A level rounded with "about" beside the change it states is rounded, not ±10%.
  auto about = check({doc("c",
                          "The state pension will cost about £124bn this year, up from £98bn in "
                          "2019-20, a rise of more than a third.")});
  auto hedged = arithmetic_with(about, "From £98bn to about £124bn");
  ASSERT_EQ(hedged.size(), 1u);
  EXPECT_EQ(hedged[0].verdict, "inconsistent") << hedged[0].explanation;
  // A fraction word is rounder than digits, but "almost a third" is no fifth.
  auto fifth = check({doc("b", "It has fallen by almost a third, from 16,248 in 2012 to 13,255.")});
  auto found = arithmetic_with(fifth, "From 16,248 to 13,255");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].verdict, "inconsistent") << found[0].explanation;
}

// A figure that opened its sentence is quoted mid-sentence in small letters.
TEST(Arithmetic, AFigureOpeningItsSentenceIsQuotedInSmallLetters) {
  auto findings = check({doc("a",
                             "An estimated 107,543 were counted in 2023, down from 111,029 in "
                             "2022, a decline of about 3%.")});
  auto found = arithmetic_with(findings, "From 111,029 to an estimated 107,543");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].verdict, "consistent") << found[0].explanation;
}

// A change stated after another from->to pair is that pair's; the change
// just before a later-first pair's level is its own.
TEST(Arithmetic, EachPairTakesItsOwnChange) {
  auto findings = check({doc("a",
                             "Acceptances from China rose 3% to 15,310, from 14,860, but "
                             "acceptances from Nigeria fell from 2,840 to 1,760, a drop of 62%.")});
  auto china = arithmetic_with(findings, "From 14,860 to 15,310");
  ASSERT_EQ(china.size(), 1u);
  EXPECT_EQ(china[0].verdict, "consistent") << china[0].explanation;
  EXPECT_NE(china[0].message.find("stated as 3%"), std::string::npos) << china[0].message;
  auto nigeria = arithmetic_with(findings, "From 2,840 to 1,760");
  ASSERT_EQ(nigeria.size(), 1u);
  EXPECT_EQ(nigeria[0].verdict, "inconsistent") << nigeria[0].explanation;
}

// "a loss of 180" is the size of the fall from->to states.
TEST(Arithmetic, ACountLostIsTheFallsSize) {
  auto findings = check({doc("a",
                             "Registered rinks have dropped from 1,140 in 2015 to 980 this year, "
                             "a loss of 180. Clubs rose from 410 to 455, a gain of 45.")});
  auto rinks = arithmetic_with(findings, "From 1,140 to 980");
  ASSERT_EQ(rinks.size(), 1u);
  EXPECT_EQ(rinks[0].verdict, "inconsistent") << rinks[0].explanation;
  EXPECT_NE(rinks[0].message.find("a fall of 160, stated as 180"), std::string::npos)
      << rinks[0].message;
  auto clubs = arithmetic_with(findings, "From 410 to 455");
  ASSERT_EQ(clubs.size(), 1u);
  EXPECT_EQ(clubs[0].verdict, "consistent") << clubs[0].explanation;
}

// "A of the B …, one in N": a length of time between the count and its share
// says which of them it is, and is no share itself.
TEST(Arithmetic, AShareAfterALengthOfTime) {
  auto findings = check({doc("a",
                             "Crews repaired 1,732 of the 2,318 leaks reported within five "
                             "working days - nine out of every ten - and the rest later.")});
  Finding const* f = find(findings, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("1,732 of 2,318 is 74.7%"), std::string::npos) << f->message;
  auto fair = check({doc("a",
                         "Crews repaired 1,732 of the 2,318 leaks reported within five working "
                         "days - three in four - and the rest later.")});
  EXPECT_NE(find(fair, "arithmetic", "consistent"), nullptr);
}

// A multiple since a year, with the level reached, against the level of
// that year another text gives.
TEST(Arithmetic, AMultipleAgainstAnotherTextsLevelThen) {
  auto report = doc("r", "The number of registered beekeepers stood at 690, up from 410 in 2015.",
                    "2024-09-01");
  auto blog =
      doc("b", "The number of registered beekeepers has doubled since 2015, to 690.", "2025-03-02");
  auto const findings = check({report, blog});
  auto doubled = arithmetic_with(findings, "From 410");
  ASSERT_EQ(doubled.size(), 1u);
  EXPECT_EQ(doubled[0].verdict, "inconsistent") << doubled[0].explanation;
  EXPECT_NE(doubled[0].explanation.find("690 / 410 = 1.68; with the rounding of both figures it "
                                        "is 1.68"),
            std::string::npos)
      << doubled[0].explanation;
  auto fair = doc("b", "The number of registered beekeepers has nearly doubled since 2015, to 790.",
                  "2025-03-02");
  auto const fair_findings = check({report, fair});
  auto nearly = arithmetic_with(fair_findings, "From 410");
  ASSERT_EQ(nearly.size(), 1u);
  EXPECT_EQ(nearly[0].verdict, "consistent") << nearly[0].explanation;
}

// Two levels of one thing at two times, and the change said right after the
// later one: the change is from the earlier level to the later.
TEST(Arithmetic, TwoLevelsAtTwoTimesAgainstTheChangeAfterThem) {
  auto findings = check({doc("a",
                             "Bulk honey, which sold for $8.40 a kilo in 2022, now fetches around "
                             "$6.30, a fall of 33 per cent. There were 8,400 licences in 2016, "
                             "against 6,000 in 2012, up 40%.",
                             "2025-03-10")});
  auto honey = arithmetic_with(findings, "From $8.40 to around $6.30");
  ASSERT_EQ(honey.size(), 1u);
  EXPECT_EQ(honey[0].verdict, "inconsistent") << honey[0].explanation;
  EXPECT_NE(honey[0].explanation.find("= -25%"), std::string::npos) << honey[0].explanation;
  auto licences = arithmetic_with(findings, "From 6,000 to 8,400");
  ASSERT_EQ(licences.size(), 1u);
  EXPECT_EQ(licences[0].verdict, "consistent") << licences[0].explanation;
  // Two places at two times, or another clause's change, are no such pair.
  auto places = check({doc("b",
                           "Leeds had 8,400 licences in 2016, while York had 6,000 in 2012, up "
                           "20%. The fare was £4.20 in 2019 and £4.80 in 2024; the subsidy rose "
                           "by 40%.")});
  EXPECT_TRUE(arithmetic_with(places, "From 6,000 to 8,400").empty());
  EXPECT_TRUE(arithmetic_with(places, "From £4.20 to £4.80").empty());
}

// A share's change in points stated as per cent, and the reverse, is named.
TEST(Arithmetic, PointsAndPerCentConfusedAreNamed) {
  auto findings = check({doc("a",
                             "Unemployment rose from 3.8% to 4.2% over the year, a rise of 0.4%. "
                             "The share rose from 41.5% to 47.3%, an increase of 14 percentage "
                             "points.")});
  auto as_percent = arithmetic_with(findings, "From 3.8% to 4.2%");
  ASSERT_EQ(as_percent.size(), 1u);
  EXPECT_NE(as_percent[0].explanation.find("points seem stated as per cent"), std::string::npos)
      << as_percent[0].explanation;
  auto as_points = arithmetic_with(findings, "From 41.5% to 47.3%");
  ASSERT_EQ(as_points.size(), 1u);
  EXPECT_NE(as_points[0].explanation.find("per cent seems stated as points"), std::string::npos)
      << as_points[0].explanation;
}

TEST(Arithmetic, AStatedChangeOfAnotherMeasureIsNotTheFromToPairs) {
  auto findings = check({doc("a",
                             "Spending on early intervention fell from £11.3m to £5.1m, while "
                             "spending on children in care rose by 71 per cent.",
                             "2021-06-15")});
  EXPECT_EQ(find(findings, "arithmetic", "inconsistent"), nullptr);
  auto same = check({doc("b",
                         "Spending on early intervention fell from £11.3m to £5.1m, a cut of 30 "
                         "per cent.",
                         "2021-06-15")});
  EXPECT_NE(find(same, "arithmetic", "inconsistent"), nullptr);
}

// An article's level at a date it states is checked like a reader's.
TEST(Reference, AnArticlesLevelAtAStatedDateIsChecked) {
  auto wrong =
      check({doc("a", "There were 95,000 children in care at 31 March 2020.", "2020-11-18")});
  Finding const* f = find(wrong, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "80,080")) << f->explanation;
  auto right =
      check({doc("a", "There were 80,080 children in care at 31 March 2020.", "2020-11-18")});
  EXPECT_NE(find(right, "reference", "supported"), nullptr);
  // Dated only by the article's own date: not checked.
  auto undated = check({doc("a", "There are 95,000 children in care.", "2020-11-18")});
  EXPECT_EQ(find(undated, "reference", "contradicted"), nullptr);
}

// "up from 121,700 the year before", beside a stated 2013-14, is dated as
// surely as a stated year; "the year before" counted from the article's own
// date is not.
TEST(Reference, ALevelAYearBeforeAStatedYearIsChecked) {
  auto wrong = check({doc("a",
                          "Section 47 enquiries reached 142,500 in 2013-14, up from 121,700 "
                          "the year before.",
                          "2017-11-24")});
  Finding const* f = find(wrong, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "127,100")) << f->explanation;
  auto undated =
      check({doc("a", "Section 47 enquiries reached 142,500, up from 121,700 the year before.",
                 "2014-11-24")});
  EXPECT_EQ(find(undated, "reference", "contradicted"), nullptr);
}

// "Of the 14,380 parcels, 5,210 were for children, more than half the total":
// a share said after the part's clause is the part's share of the whole.
TEST(Arithmetic, AShareOfTheTotalAfterAPartsClause) {
  auto wrong =
      check({doc("a", "Of the 14,380 parcels, 5,210 were for children, more than half the total.",
                 "2024-05-01")});
  Finding const* f = find(wrong, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "36.2%")) << f->explanation;
  auto right = check(
      {doc("a", "Of the 14,380 parcels, 5,210 were for children, just over a third of the total.",
           "2024-05-01")});
  EXPECT_EQ(find(right, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(right, "arithmetic", "consistent"), nullptr);
  // A length of time or a unit is no part of a count.
  auto waits = check({doc("a",
                          "More than 130,000 people waited over 12 hours from arrival, one in "
                          "ten of all attendances.",
                          "2024-05-01")});
  EXPECT_EQ(find(waits, "arithmetic", "inconsistent"), nullptr);
}

// Of the few unit fractions, a writer picks the nearest: nine of 36 is one in
// four, not "one in three", though it sits at the edge of a third's band.
TEST(Arithmetic, AUnitFractionIsTheNearestOne) {
  auto const wrong = check({doc("a",
                                "Of the country's 36 subdivisions, nine ended the season with "
                                "deficient rainfall - one in three of the total.",
                                "2025-10-01")});
  Finding const* f = find(wrong, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->message.find("nine of 36 is 25%"), std::string::npos) << f->message;
  auto const right = check({doc("a",
                                "Of the country's 36 subdivisions, 12 ended the season with "
                                "deficient rainfall - one in three of the total.",
                                "2025-10-01")});
  EXPECT_EQ(find(right, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(right, "arithmetic", "consistent"), nullptr);
}

// "That is about one in 12 of the 80,850": a share a pointing-back sentence
// gives of a base it names is the count of the sentence before.
TEST(Arithmetic, AShareOfANamedBaseSaidOfTheFigureBefore) {
  auto wrong = check({doc("a",
                          "Some 4,150 unaccompanied asylum-seeking children were looked after at "
                          "31 March 2021. That is about one in 12 of the 80,850 children in care "
                          "in England.",
                          "2021-10-01")});
  Finding const* f = find(wrong, "arithmetic", "inconsistent");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "5.13%")) << f->explanation;
  auto right = check({doc("a",
                          "Some 4,150 unaccompanied asylum-seeking children were looked after at "
                          "31 March 2021. That is about one in 20 of the 80,850 children in care "
                          "in England.",
                          "2021-10-01")});
  EXPECT_EQ(find(right, "arithmetic", "inconsistent"), nullptr);
  EXPECT_NE(find(right, "arithmetic", "consistent"), nullptr);
  // "That" is the subject count, past a sentence whose only count is an object.
  auto past = check({doc("a",
                         "Figures show that 4,150 unaccompanied asylum-seeking children were "
                         "looked after at 31 March 2021. The total is still more than double the "
                         "1,950 of 2013. That is about one in 12 of the 80,850 children in care "
                         "in England.",
                         "2021-10-01")});
  Finding const* g = find(past, "arithmetic", "inconsistent");
  ASSERT_NE(g, nullptr);
  EXPECT_TRUE(mentions(*g, "4,150 of 80,850")) << g->message;
}

// A rate is checked where the text says it is England's, per as many as the
// series counts; the series' rates are rounded, so 67.3 is its 67. A
// council's rate, or its statistical neighbours', is not England's.
TEST(Reference, ARateStatedForEnglandIsChecked) {
  auto wrong = check({doc(
      "a", "The rate of children in care in England was 76 per 10,000 children at 31 March 2020.",
      "2020-11-18")});
  Finding const* f = find(wrong, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "67 at 31 March 2020")) << f->explanation;
  auto rounded = check({doc(
      "a", "The rate of children in care in England was 67.3 per 10,000 children at 31 March 2020.",
      "2020-11-18")});
  EXPECT_NE(find(rounded, "reference", "supported"), nullptr);
  auto per_thousand = check({doc(
      "a", "The rate of children in care in England was 7.6 per 1,000 children at 31 March 2020.",
      "2020-11-18")});
  EXPECT_EQ(find(per_thousand, "reference", "contradicted"), nullptr);
  auto undeclared =
      check({doc("a", "The rate of children in care was 76 per 10,000 children at 31 March 2020.",
                 "2020-11-18")});
  EXPECT_EQ(find(undeclared, "reference", "contradicted"), nullptr);
  auto neighbours = check({doc("a",
                               "Calderbridge's rate of children looked after remains above the "
                               "England rate and above the average of 81 per 10,000 for its "
                               "statistical neighbours at 31 March 2020.",
                               "2020-11-18")});
  EXPECT_EQ(find(neighbours, "reference", "contradicted"), nullptr);
}

// A bulleted list's lines are where and when its heading says: "Key figures
// (England, 2017-18 unless stated)"; a council's own key figures are not.
TEST(Reference, AListsLinesAreWhereAndWhenItsHeadingSays) {
  auto wrong = check({doc("a",
                          "Key figures put to the committee (England, 2017-18 unless stated)\n- "
                          "Referrals to children's social care: 655,630, a rate of 548.2 per "
                          "10,000 children\n- Children in need at 31 March 2018: 404,710\n",
                          "2019-03-01")});
  Finding const* f = find(wrong, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "552.5 in 2017-18")) << f->message;
  auto council = check({doc("a",
                            "Key figures (Calderbridge)\n\n- Children looked after at 31 March "
                            "2020: 512, a rate of 88 per 10,000 children (England: 67)\n",
                            "2020-11-01")});
  EXPECT_EQ(find(council, "reference", "contradicted"), nullptr);
}

// One council's figures are not the nation's, nor is a sum per child a total.
TEST(Reference, ACouncilsFigureAndASumPerChildAreNotTheNationalTotal) {
  auto findings =
      check({doc("a", "In 2010-11 the council's spending on early intervention was £11.3m.",
                 "2021-06-15"),
             doc("b", "In 2010-11 councils spent less than £100 per child on early help.",
                 "2021-06-15")});
  EXPECT_EQ(find(findings, "reference", "contradicted"), nullptr);
  EXPECT_EQ(find(findings, "cross-source-value", "conflict"), nullptr);
  // Without the council named, a sum tenfold off the series is a part, not checked.
  auto part =
      check({doc("c", "In 2010-11 spending on early intervention was £11.3m.", "2021-06-15")});
  EXPECT_EQ(find(part, "reference", "contradicted"), nullptr);
}

// "from 310 in 2018 to 355 this year, an increase of 18%": the counts say the
// change is one area's, which the England series cannot check.
TEST(Reference, AChangeWhoseCountsAreAPartIsUnverifiable) {
  auto findings = check({doc("a",
                             "The number of children in care has gone up from 310 in 2018 to 355 "
                             "this year, an increase of 18%.",
                             "2021-09-22")});
  EXPECT_EQ(find(findings, "reference", "contradicted"), nullptr);
  Finding const* f = find(findings, "reference", "unverifiable");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "part")) << f->explanation;
}

TEST(CommentAudit, ALengthOfTimeIsNoProjectedFigure) {
  auto findings = check({comment(
      "c", "Child protection plans will go back above 53,000 within two years.", "2021-11-18")});
  for (Finding const& f : findings)
    EXPECT_FALSE(f.rule == "comment-audit" && mentions(f, "two years")) << f.message;
  EXPECT_NE(find(findings, "comment-audit", "unsupported"), nullptr);
}

// "80,850 at 31 March 2021, up from 80,080 a year earlier": the later figure
// is a level at the stated end, the earlier is dated a year before it.
TEST(Reference, ThePairsLaterFigureIsALevelAtItsEnd) {
  auto findings = check({doc("a",
                             "There were 95,000 looked-after children at 31 March 2021, up from "
                             "80,080 a year earlier.",
                             "2021-11-18")});
  Finding const* f = find(findings, "reference", "contradicted");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "80,850")) << f->explanation;
}

TEST(Reference, AShareDownFromAnotherShareIsNoGrowthOfTheCount) {
  auto findings = check({doc("a",
                             "Unaccompanied children made up around 5% of children in care, "
                             "down from 6% in 2020.",
                             "2021-11-18")});
  EXPECT_EQ(find(findings, "reference", "contradicted"), nullptr);
}

TEST(Arithmetic, TheStatedChangeComesFromItsOwnSentenceOrOneThatPointsBack) {
  auto findings = check({doc("a",
                             "The number of children in care went from 60,000 to 45,600. This "
                             "is a fall of 24%.")});
  auto found = arithmetic_with(findings, "From 60,000 to 45,600");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].verdict, "consistent") << found[0].explanation;

  // The next sentence is about something else: no stated change to hold it to.
  findings = check({doc("a",
                        "Spending per child halved over the decade, from £300 to £150. In the "
                        "poorest councils, the cut was more than 55%.")});
  // Only the multiple the pair's own sentence states is held to it.
  auto only_the_multiple = [](std::vector<Finding> const& found, std::string const& multiple) {
    return found.size() == 1 && found[0].verdict == "consistent" &&
           found[0].message.ends_with("stated as " + multiple);
  };
  EXPECT_TRUE(only_the_multiple(arithmetic_with(findings, "From £300 to £150"), "halved"));
  findings = check({doc("a",
                        "Section 47 enquiries more than doubled, from 89,300 to 185,450.\n\n"
                        "Separately, 66,410 plans were started, an increase of 99%.")});
  EXPECT_TRUE(
      only_the_multiple(arithmetic_with(findings, "From 89,300 to 185,450"), "more than doubled"));
}

// "one in four adults (34%)": a share given as a fraction word and in per
// cent must agree, the word read up to half way to the next fraction.
TEST(Arithmetic, AFractionAndItsPercent) {
  struct Case {
    char const* text;
    char const* message;
    char const* verdict;
  };
  for (Case const& c : {
           Case{"Only one in four adults in the area (34%) saw an NHS dentist.",
                "one in four is given as 34%", "inconsistent"},
           Case{"More than half (38%) of all starts were at level 4.", "is given as 38%",
                "inconsistent"},
           Case{"Almost two-thirds of deaths (64%) were on rural roads.", "is given as 64%",
                "consistent"},
           Case{"Some 34%, or one in three, were late.", "one in three is given as some 34%",
                "consistent"},
       }) {
    auto findings = check({doc("a", c.text)});
    auto found = arithmetic_with(findings, c.message);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].verdict, c.verdict) << found[0].explanation;
  }
  // A bracket that says something else holds no restated share.
  auto other = check({doc("a", "One in four children (up from 20% in 2010) were poor.")});
  EXPECT_TRUE(arithmetic_with(other, "is given as").empty());
}

// "nearly tripled over the same period, from 2,300 to 4,100": a multiple
// stated with its pair is what the pair gives, or it is flagged.
TEST(Arithmetic, AMultipleStatedWithItsPair) {
  auto findings = check({doc("a",
                             "Visits by seniors nearly tripled over the same period, from 2,300 "
                             "to 4,100, the network said.")});
  auto found = arithmetic_with(findings, "From 2,300 to 4,100");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].verdict, "inconsistent") << found[0].explanation;
  EXPECT_NE(found[0].explanation.find("4,100 / 2,300 = 1.78"), std::string::npos)
      << found[0].explanation;
  findings = check({doc("a", "Referrals rose from 3,800 in 2019 to 11,400, a threefold rise.")});
  found = arithmetic_with(findings, "From 3,800 to 11,400");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].verdict, "consistent") << found[0].explanation;
  // A multiple that compares with another figure is not the pair's.
  findings = check({doc("a",
                        "Costs were three times the national rate. They rose from 2,300 to "
                        "4,100.")});
  EXPECT_TRUE(arithmetic_with(findings, "times, stated as").empty());
}

// ---- cross-source-value and percent-vs-points: only what is the same thing ----------

TEST(CrossSource, FiguresDatedOnlyByTheirTextsAreNotComparedAcrossDates) {
  auto findings = check(
      {doc("a", "Some 31 councils are now rated as requiring improvement by Ofsted.", "2015-08-14"),
       doc("b", "Some 43 councils are now rated as requiring improvement by Ofsted.",
           "2016-06-29")});
  EXPECT_EQ(find(findings, "cross-source-value", "conflict"), nullptr);
  findings = check({doc("a", "Child protection plans have risen by 29% since 2010.", "2016-11-04"),
                    doc("b", "Child protection plans have gone up 38% since 2010.", "2018-10-26")});
  EXPECT_EQ(find(findings, "cross-source-value", "conflict"), nullptr);
  // The same window in texts of one year still conflicts.
  findings = check({doc("a", "Child protection plans have risen by 29% since 2010.", "2018-03-01"),
                    doc("b", "Child protection plans have gone up 38% since 2010.", "2018-10-26")});
  EXPECT_NE(find(findings, "cross-source-value", "conflict"), nullptr);
}

// No lexicon covers inflation, but "CPI inflation" in the year to one month is
// one measure: two texts that disagree on it conflict. A one-word key, or
// another month, is not compared.
TEST(CrossSource, AGenericMeasureOfTwoWordsIsComparedForTheSamePeriod) {
  auto findings =
      check({doc("a", "CPI inflation was 6.7% in the year to September 2023.", "2023-10-20"),
             doc("b", "CPI inflation was 7.6% in the year to September 2023.", "2023-10-21"),
             doc("c", "CPI inflation was 6.3% in the year to October 2023.", "2023-11-20"),
             doc("d", "Prices were 9.1% in the year to September 2023.", "2023-10-21")});
  Finding const* f = find(findings, "cross-source-value", "conflict");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "6.7%") && mentions(*f, "7.6%")) << f->message;
  EXPECT_EQ(std::count_if(findings.begin(), findings.end(),
                          [](Finding const& x) { return x.verdict == "conflict"; }),
            1);
}

TEST(CrossSource, ARoundFigureAgreesWithTheFigureItRounds) {
  auto findings =
      check({doc("a", "At 31 March 2020 there were 80,000 children in care in England."),
             doc("b", "At 31 March 2020 there were 80,080 children in care in England.")});
  EXPECT_EQ(find(findings, "cross-source-value", "conflict"), nullptr);
  EXPECT_NE(find(findings, "cross-source-value", "consistent"), nullptr);
}

TEST(CrossSource, APartAgainstAWholeUnderOneBroadKeyIsNoConflict) {
  auto findings =
      check({doc("a", "The NHS will get an extra £2.3bn a year for mental health by 2023-24."),
             doc("b", "The NHS will receive an extra £20.5bn a year by 2023-24.")});
  EXPECT_EQ(find(findings, "cross-source-value", "conflict"), nullptr);
}

TEST(PercentVsPoints, ALevelIsNotAChange) {
  auto findings = check(
      {doc("a", "The proportion of councils rated inadequate has since risen to 24% from 2014.",
           "2016"),
       doc("b",
           "The proportion of councils rated inadequate has risen by five percentage points "
           "since 2014.",
           "2016")});
  EXPECT_EQ(find(findings, "percent-vs-points", "conflict"), nullptr);
  // Two changes without a window may be any two changes.
  findings = check(
      {doc("a", "The proportion of councils rated inadequate has risen by 50%.", "2016"),
       doc("b", "The proportion of councils rated inadequate has risen by five percentage points.",
           "2016")});
  EXPECT_EQ(find(findings, "percent-vs-points", "conflict"), nullptr);
}

// ---- arithmetic: a breakdown that opens with its total ---------------------------------

// A composed share in one text, its parts in another covering the same
// report, and the whole from the lexicon's total series (87 inspected at
// 2016-03-31 in the bundled reference).
TEST(Arithmetic, ACompositeShareAgainstPartsFromAnotherText) {
  auto share = doc("blog",
                   "The report finds that three out of four councils inspected are rated less "
                   "than good for overall effectiveness.",
                   "2016-07-01");
  auto parts = doc("news",
                   "The inspectorate found that 21 councils were rated inadequate for overall "
                   "effectiveness, while a further 43 required improvement.",
                   "2016-06-29");
  auto findings = check({share, parts});
  Finding const* f = find(findings, "arithmetic", "consistent");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(mentions(*f, "64 of 87")) << f->explanation;
  EXPECT_TRUE(mentions(*f, "ofsted_sif_inspected")) << f->explanation;
  EXPECT_EQ(f->claims.size(), 3u);

  // Two texts a year apart speak of different inspection rounds.
  auto later = parts;
  later.date = "2017-09-01";
  auto apart = check({share, later});
  for (Finding const& x : apart)
    EXPECT_FALSE(x.rule == "arithmetic" && mentions(x, "less_than_good")) << x.explanation;

  // A share the parts cannot make is inconsistent.
  auto half = doc("blog2",
                  "The report finds that one in four councils inspected are rated less than good "
                  "for overall effectiveness.",
                  "2016-07-01");
  EXPECT_NE(find(check({half, parts}), "arithmetic", "inconsistent"), nullptr);
}

TEST(Arithmetic, PartsOfABreakdownAgainstTheTotalItOpensWith) {
  auto findings = check({doc("a",
                             "Of the 60 councils inspected this year, 12 were rated inadequate, "
                             "30 were judged to require improvement and 20 were good or "
                             "outstanding. Only 30% were rated good or outstanding.")});
  auto sums = arithmetic_with(findings, "stated total of 60");
  ASSERT_EQ(sums.size(), 1u);
  EXPECT_EQ(sums[0].verdict, "inconsistent");  // 12 + 30 + 20 = 62
  EXPECT_NE(sums[0].message.find("= 62"), std::string::npos) << sums[0].message;
  auto shares = arithmetic_with(findings, "stated as 30%");
  ASSERT_EQ(shares.size(), 1u);
  EXPECT_EQ(shares[0].verdict, "inconsistent") << shares[0].explanation;  // 20 / 60 = 33.3%

  findings = check({doc("a",
                        "Out of 50 authorities inspected, 10 were rated inadequate, 25 were "
                        "found to require improvement and 15 were good. A fifth were rated "
                        "inadequate.")});
  sums = arithmetic_with(findings, "stated total of 50");
  ASSERT_EQ(sums.size(), 1u);
  EXPECT_EQ(sums[0].verdict, "consistent") << sums[0].explanation;
}

// A share of another place, of another stated base or of one of the parts is
// no share of the breakdown's whole; a length of time is nothing left.
TEST(Arithmetic, SharesOfAnotherWholeAreNotChecked) {
  std::string const breakdown =
      "Of the 151 councils inspected, 17 were judged outstanding, 64 good, 55 requires "
      "improvement and 15 inadequate. ";
  for (std::string const share :
       {"In London, 24 of the 33 boroughs are good or outstanding.",
        "Caseloads were too high in nearly two thirds of the councils judged inadequate.",
        "In the North West, 9 of the 23 councils were good."}) {
    auto findings = check({doc("a", breakdown + share)});
    for (Finding const& f : findings) {
      if (f.rule == "arithmetic") {
        EXPECT_EQ(f.message.find("stated as"), std::string::npos) << share << ": " << f.message;
        EXPECT_EQ(f.message.find("of 151 is"), std::string::npos) << share << ": " << f.message;
      }
    }
  }
  auto still = check({doc("a", breakdown + "Only a third are good or outstanding.")});
  EXPECT_FALSE(arithmetic_with(still, "of 151 is").empty());
  auto duration = check({doc("a", "One in three social workers leaves within five years.")});
  EXPECT_TRUE(arithmetic_with(duration, "leaves").empty());
}

// A from->to pair against its stated change, whichever order the text puts
// them in: the change before the pair, or the pair stated later-first.
TEST(Arithmetic, FromToAgainstAChangeStatedBeforeOrAfterInEitherOrder) {
  struct Case {
    std::string text, verdict;
  };
  for (Case const& c :
       {Case{"Spending on children's centres fell by 62%, from £1.3bn to £0.6bn.", "inconsistent"},
        Case{"Spending on children's centres fell by 54%, from £1.3bn to £0.6bn.", "consistent"},
        Case{"Referrals fell to 10,737, down from 11,477 in 2020, a fall of 12%.", "inconsistent"},
        Case{"Referrals rose to 80,850, up from 80,080 in 2020, a rise of 1%.", "consistent"},
        Case{"Children in care saw a 47% rise, from 5,160 in 2010 to 7,080 in 2020.",
             "inconsistent"},
        Case{"Children in care saw a 37% increase, from 5,160 in 2010 to 7,080 in 2020.",
             "consistent"},
        Case{"At 31 March 2020 there were 51,510 plans, down 1.4% from 52,260.", "consistent"},
        Case{"Inflation eased to 2.8% in January from 2.9% in December, a fall of 10%, and core "
             "inflation fell to 3.3%.",
             "inconsistent"},
        Case{"At 31 March 2020 there were 51,510 plans (down 2.4% from 52,260).",
             "inconsistent"}}) {
    auto findings = check({doc("a", c.text, "2021")});
    auto sums = arithmetic_with(findings, "stated as");
    ASSERT_EQ(sums.size(), 1u) << c.text;
    EXPECT_EQ(sums[0].verdict, c.verdict) << c.text << ": " << sums[0].explanation;
  }
}

// A spending split's shares cannot sum past the whole; a survey's answers may.
TEST(Arithmetic, SharesOfASpendingSplit) {
  auto over = check({doc("a",
                         "Of every pound spent, 18% went on early help, 71% on late intervention "
                         "and 14% on other services.",
                         "2022")});
  auto sums = arithmetic_with(over, "spending split");
  ASSERT_EQ(sums.size(), 1u);
  EXPECT_EQ(sums[0].verdict, "inconsistent");
  auto whole = check({doc("a",
                          "Of every pound spent, 18% went on early help, 71% on late intervention "
                          "and 11% on other services.",
                          "2022")});
  EXPECT_TRUE(arithmetic_with(whole, "spending split").empty());
  auto survey =
      check({doc("a", "Leavers cited workload (58%), pay (51%) and management (40%).", "2022")});
  EXPECT_TRUE(arithmetic_with(survey, "spending split").empty());
  // The outcomes of one whole ("Of all …"), but not what its members said.
  auto outcomes = check({doc("a",
                             "Of all offences assigned an outcome, 5.7% led to a charge, 41% were "
                             "closed and 57% were dropped.",
                             "2023")});
  ASSERT_EQ(arithmetic_with(outcomes, "Shares of one whole").size(), 1u);
  auto placed = check({doc("a",
                           "Of the 412 children in its care, 15% live in children's homes, 70% "
                           "are with foster carers and 25% are in other placements.",
                           "2023")});
  ASSERT_EQ(arithmetic_with(placed, "Shares of one whole").size(), 1u);
  auto said = check({doc("a",
                         "Of all those surveyed, 60% said buses, 55% said trains and 20% said "
                         "neither.",
                         "2023")});
  EXPECT_TRUE(arithmetic_with(said, "Shares of one whole").empty());
}

// A whole, a part "of which", and what is left: the three must add up.
TEST(Arithmetic, WhatAWholeLeavesAfterAPart) {
  struct Case {
    std::string text, verdict;
  };
  for (Case const& c :
       {Case{"The award will cost £1.1bn, of which schools must find £900m, which leaves £525m.",
             "inconsistent"},
        Case{"The award will cost £1.1bn, of which schools must find £900m, which leaves £200m.",
             "consistent"},
        Case{"Ministers promised £7.5bn over two years, of which £4.7bn comes from grants, leaving "
             "£2.8bn for other priorities.",
             "consistent"},
        // The whole a sentence or two before the one that opens on it.
        Case{"The backlog reached 175,457 in June. That is triple the 56,600 waiting in 2021. Of "
             "those waiting, 139,961 had waited over six months, leaving 45,496.",
             "inconsistent"},
        Case{"The backlog reached 175,457 in June. Of those waiting, 139,961 had waited over six "
             "months, leaving 35,496.",
             "consistent"},
        // Several parts before what they leave.
        Case{"The council looks after 412 children. Of those, 61 live in children's homes and 287 "
             "with foster carers, leaving 54 in other placements.",
             "inconsistent"},
        Case{"The trust employs 900 staff. Of these, 300 are nurses, 200 are doctors and 100 are "
             "porters, leaving 300 in other roles.",
             "consistent"},
        // Whole counts stated to the unit are exact: off by one is off.
        Case{"The council looks after 412 children. Of those, 61 live in children's homes and 287 "
             "with foster carers, leaving 65 in other placements.",
             "inconsistent"}}) {
    auto findings = check({doc("a", c.text, "2023")});
    auto sums = arithmetic_with(findings, "leaves");
    ASSERT_EQ(sums.size(), 1u) << c.text;
    EXPECT_EQ(sums[0].verdict, c.verdict) << c.text << ": " << sums[0].explanation;
  }
}

// "5,242 …, more than double the 2,774": the first figure against the multiple of the second.
TEST(Arithmetic, AMultipleBetweenTwoFiguresOfASentence) {
  struct Case {
    std::string text, verdict;
  };
  for (Case const& c :
       {Case{"In 2022, 5,242 children claimed asylum, more than double the 2,774 in 2021.",
             "inconsistent"},
        Case{"In 2022, 5,742 children claimed asylum, more than double the 2,774 in 2021.",
             "consistent"},
        Case{"Kent took 1,200 children, three times the 350 it should.", "consistent"}}) {
    auto findings = check({doc("a", c.text, "2023")});
    auto multiples = arithmetic_with(findings, "times");
    ASSERT_EQ(multiples.size(), 1u) << c.text;
    EXPECT_EQ(multiples[0].verdict, c.verdict) << c.text << ": " << multiples[0].explanation;
  }
  auto change = check({doc("a", "Referrals have doubled to 600 since 2010.", "2023")});
  EXPECT_TRUE(arithmetic_with(change, "times").empty());
}

// A window counted back from the day of writing ("in five years") is
// approximate: it disputes no baseline another text states.
TEST(BaselineDispute, AWindowCountedBackFromTheDocumentDateDisputesNothing) {
  auto findings =
      check({doc("a", "Entries into care have gone up 30% in five years.", "2020-12-10"),
             doc("b",
                 "The number of children who started to be looked after fell by 3% since "
                 "2018-19.",
                 "2020-12-10")});
  EXPECT_EQ(find(findings, "baseline-dispute", "disputed-baseline"), nullptr);
}

// "since 2009-10" and "since 2010" start from the same 31 March 2010 count.
TEST(BaselineDispute, OverlappingBaselinesAreOne) {
  auto same = check({doc("a", "Section 47 enquiries have more than doubled since 2009-10.", "2020"),
                     doc("b", "Section 47 enquiries have risen by 125% since 2010.", "2020")});
  EXPECT_EQ(find(same, "baseline-dispute", "disputed-baseline"), nullptr);
  auto apart =
      check({doc("a", "Section 47 enquiries have more than doubled since 2009-10.", "2020"),
             doc("b", "Section 47 enquiries have risen by 60% since 2014.", "2020")});
  EXPECT_NE(find(apart, "baseline-dispute", "disputed-baseline"), nullptr);
  // A calendar and a fiscal year that overlap are one, but they do not chain:
  // 2010 and 2011 still differ with 2010-11 beside them.
  auto chained =
      check({doc("a", "Child protection plans rose by 32% between 2010-11 and 2019-20.", "2020"),
             doc("b", "Child protection plans have risen by 38% since 2010.", "2020"),
             doc("c", "Child protection plans have risen by 12% since 2011.", "2020")});
  EXPECT_NE(find(chained, "baseline-dispute", "disputed-baseline"), nullptr);
}

// A year-on-year change is a measure of its own, and a share's level is no
// change of the count: neither disputes a baseline.
TEST(BaselineDispute, YearOnYearChangesAndSharesDisputeNothing) {
  auto findings = check(
      {doc("a",
           "There were 80,850 children in care at 31 March 2021, up 1% on the 80,080 recorded a "
           "year earlier.",
           "2021-11-25"),
       doc("b", "The number of children in care has risen by 25% since 2010.", "2021-11-25"),
       doc("c",
           "Unaccompanied children made up around 5% of children in care, down from 6% in 2020.",
           "2021-11-25")});
  EXPECT_EQ(find(findings, "baseline-dispute", "disputed-baseline"), nullptr);
}

}  // namespace
