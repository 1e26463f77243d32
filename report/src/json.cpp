#include "claimcheck/report/json.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "claimcheck/corpus/load.hpp"

namespace claimcheck::report {
namespace {

using nlohmann::json;

json optional_string(std::string const& s) {
  return s.empty() ? json(nullptr) : json(s);
}

json document_object(corpus::Document const& d) {
  return {{"id", d.id},
          {"title", optional_string(d.title)},
          {"publisher", optional_string(d.publisher)},
          {"date", optional_string(d.date)},
          {"kind", corpus::to_string(d.kind)},
          {"url", optional_string(d.url)},
          {"parent", optional_string(d.parent)},
          {"path", optional_string(d.path)}};
}

// dump() throws on invalid UTF-8 unless told to replace; we never throw.
std::string dump(json const& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

// The JSON Lines writer is on extract's hot path (one line per claim, each
// carrying its sentence), so it writes DESIGN.md's Claim JSON
// straight into a string: keys in sorted order, as nlohmann's object does.
class LineWriter {
 public:
  explicit LineWriter(std::string& out) : out_(out) {}

  void key(char const* k) {
    out_ += first_ ? "\"" : ",\"";
    out_ += k;
    out_ += "\":";
    first_ = false;
  }
  void open() {
    out_ += '{';
    first_ = true;
  }
  void close() {
    out_ += '}';
    first_ = false;
  }
  void null() { out_ += "null"; }
  void boolean(bool b) { out_ += b ? "true" : "false"; }
  void number(double v) {
    if (!std::isfinite(v)) {
      null();
      return;
    }
    char buffer[32];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
    std::string_view written(buffer, static_cast<std::size_t>(end - buffer));
    out_ += written;
    // Keep doubles doubles for readers that type them (16.0, not 16).
    if (written.find_first_of(".e") == std::string_view::npos)
      out_ += ".0";
  }
  void integer(std::size_t v) { out_ += std::to_string(v); }
  // Bytes that are not UTF-8 become U+FFFD, as nlohmann's replace handler does,
  // so a line is valid JSON whatever the claim holds.
  void string(std::string_view s) {
    out_ += '"';
    while (!s.empty()) {
      std::size_t const bad = corpus::find_invalid_utf8(s);
      escape(s.substr(0, bad));
      if (bad == std::string_view::npos)
        break;
      out_ += "\xEF\xBF\xBD";
      s.remove_prefix(bad + 1);
    }
    out_ += '"';
  }
  void escape(std::string_view s) {
    for (char c : s) {
      auto const u = static_cast<unsigned char>(c);
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default:
          if (u < 0x20) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", u);
            out_ += escape;
          } else {
            out_ += c;
          }
      }
    }
  }
  void optional_string(std::string const& s) {
    if (s.empty()) {
      null();
    } else {
      string(s);
    }
  }
  void span(extractor::Span s) {
    out_ += '[';
    integer(s.begin);
    out_ += ',';
    integer(s.end);
    out_ += ']';
  }
  void period(std::optional<extractor::ScopedPeriod> const& scoped) {
    if (!scoped) {
      null();
      return;
    }
    grammar::Period const& p = scoped->period;
    open();
    if (scoped->ambiguous) {
      key("ambiguous");
      boolean(true);
    }
    key("end");
    optional_string(p.end);
    key("granularity");
    string(grammar::to_string(p.granularity));
    key("label");
    string(p.label);
    if (!scoped->resolved_from.empty()) {
      key("resolved_from");
      string(scoped->resolved_from);
    }
    key("start");
    optional_string(p.start);
    close();
  }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace

std::string claim_json_line(extractor::Claim const& c) {
  std::string out;
  out.reserve(512 + c.sentence.size());
  LineWriter w(out);
  w.open();
  w.key("boilerplate");
  w.boolean(c.boilerplate);
  w.key("change");
  if (c.change) {
    w.open();
    w.key("direction");
    w.optional_string(c.change->direction);
    w.key("from");
    c.change->from ? w.number(*c.change->from) : w.null();
    w.key("relative");
    w.boolean(c.change->relative);
    w.key("to");
    c.change->to ? w.number(*c.change->to) : w.null();
    w.close();
  } else {
    w.null();
  }
  w.key("confidence");
  w.number(c.confidence);
  w.key("doc");
  w.string(c.doc);
  w.key("figure_of_speech");
  w.boolean(c.figure_of_speech);
  w.key("geography");
  w.optional_string(c.geography);
  w.key("id");
  w.string(c.id);
  w.key("metric");
  if (c.metric) {
    w.open();
    w.key("key");
    w.string(c.metric->key);
    w.key("measure");
    w.optional_string(c.metric->measure);
    w.key("phrase");
    w.string(c.metric->phrase);
    if (!c.metric->role.empty()) {
      w.key("role");
      w.string(c.metric->role);
    }
    w.key("source");
    w.string(c.metric->source);
    w.close();
  } else {
    w.null();
  }
  w.key("population");
  w.optional_string(c.population);
  w.key("price_basis");
  w.optional_string(c.price_basis);
  grammar::Quantity const& q = c.quantity;
  w.key("quantity");
  w.open();
  if (q.denominator) {
    w.key("denominator");
    w.number(*q.denominator);
  }
  w.key("hedge");
  w.string(grammar::to_string(q.hedge));
  w.key("high");
  w.number(q.high);
  w.key("kind");
  w.string(grammar::to_string(q.kind));
  w.key("low");
  w.number(q.low);
  if (q.numerator) {
    w.key("numerator");
    w.number(*q.numerator);
  }
  if (!q.per.empty()) {
    w.key("per");
    w.string(q.per);
  }
  w.key("scale");
  w.optional_string(q.scale);
  w.key("unit");
  w.optional_string(q.unit);
  if (q.vague) {
    w.key("vague");  // "a few", "a couple of": read, but never checked
    w.boolean(true);
  }
  w.key("value");
  w.number(q.value);
  w.close();
  w.key("section");
  w.string(extractor::to_string(c.section));
  w.key("sentence");
  w.string(c.sentence);
  w.key("sentence_span");
  w.span(c.sentence_span);
  w.key("span");
  w.span(c.span);
  w.key("speaker");
  w.optional_string(c.speaker);
  w.key("text");
  w.string(c.text);
  w.key("time");
  w.open();
  w.key("at");
  w.period(c.time.at);
  w.key("baseline");
  w.period(c.time.baseline);
  w.key("end");
  w.period(c.time.end);
  w.close();
  w.close();
  return out;
}

std::string extraction_json(std::vector<corpus::Document> const& documents,
                            std::vector<extractor::Claim> const& claims) {
  json out = {{"documents", json::array()}, {"claims", json::array()}};
  for (auto const& d : documents)
    out["documents"].push_back(document_object(d));
  // One writer for claims: the document holds exactly what the lines say.
  for (auto const& c : claims)
    out["claims"].push_back(json::parse(claim_json_line(c)));
  return dump(out, 2);
}

}  // namespace claimcheck::report
