// The exact iterator and context types every BOOST_SPIRIT_INSTANTIATE and the
// facade share. A mismatch here is a link error, not a compile error.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;

using iterator_type = char const*;
// ASCII classes only: X3 1.74's standard classes assert on bytes >= 0x80.
using skipper_type = x3::ascii::space_type;
using context_type = x3::phrase_parse_context<skipper_type>::type;

}  // namespace claimcheck::grammar::parser
