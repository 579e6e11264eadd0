#include "datasheet/xml_edit.h"

#include <functional>

#include "model/variant_fields.h"
#include "spec/diagnostics.h"
#include "spec/family_reader.h"
#include "support/catch.h"
#include "support/scratch.h"

using namespace partgen;

namespace {

// Every shape an element of a family file can take, for an element named `name`.
std::vector<std::string> shapesOf(const std::string& name) {
    const std::string open = "<" + name, close = "</" + name + ">";
    return {
        open + ">10 mm" + close,
        open + " source=\"estimated\">10 mm" + close,
        open + "\n        source=\"estimated\"\n        >10 mm" + close,
        open + "/>",
        open + " numbered-from=\"1\"\n    />",
        open + ">\n      <approval body=\"A\" standard=\"B\" certificate=\"C\"/>\n      <approval body=\"D\"/>\n    " +
            close,
        open + "><!-- not the end: " + close + " /> -->10 mm" + close,
        open + " note=\"a > b, 'c'\">10 mm" + close,
        open + "><" + name + ">inner</" + name + "><" + name + "/>" + close,
        open + "><![CDATA[ " + close + " ]]>" + close,
    };
}

std::vector<std::string> elementNames() {
    std::vector<std::string> names{"family", "manufacturer", "parameters", "param",   "defaults",
                                   "part",   "variant",      "series",     "approval"};
    Variant any;
    visitFields(any, [&](const char* name, auto&) { names.push_back(name); });
    return names;
}

}  // namespace

TEST_CASE("every element kind of the spec is found whole, in every shape, and nothing else", "[datasheet][xml]") {
    for (const auto& name : elementNames())
        for (const auto& element : shapesOf(name)) {
            INFO(element);
            // A neighbour before it on its line, a comment and another element after it.
            const std::string head = "<part>\n  <!-- <" + name + "> -->\n    <x>1</x> ";
            const std::string tail = " <y>2</y> <!-- </" + name + "> -->\n</part>\n";
            const std::string text = head + element + tail;
            const auto span = elementSpan(text, 3, name);
            REQUIRE(span);
            CHECK(text.substr(span->begin, span->end - span->begin) == element);
            // The round trip: the element replaced by itself gives the same bytes, and by
            // another changes nothing around it.
            std::string same = text;
            same.replace(span->begin, span->end - span->begin, element);
            CHECK(same == text);
            std::string other = text;
            other.replace(span->begin, span->end - span->begin, "<z/>");
            CHECK(other == head + "<z/>" + tail);
        }
}

TEST_CASE("an element not on the line, or cut off, is not found", "[datasheet][xml]") {
    CHECK_FALSE(elementSpan("<a>\n<b>1</b>\n</a>\n", 1, "b"));
    CHECK_FALSE(elementSpan("<a>\n<b>1\n", 2, "b"));
    CHECK_FALSE(elementSpan("<a>\n<b note=\"1>\n", 2, "b"));
}

TEST_CASE("every element of the repository's family file is found whole", "[datasheet][xml]") {
    const auto path = test::sourceDir() / "parts/wago-winsta-midi.xml";
    const std::string text = test::readFile(path);
    Diagnostics diagnostics;
    const auto family = readFamilyFile(path, "family.xml", diagnostics);
    REQUIRE(family);
    std::size_t checked = 0;
    // A parameter is a <param> element named by its attribute.
    std::function<void(const RawValue&, const std::string&)> check = [&](const RawValue& value,
                                                                         const std::string& element) {
        INFO(element << " at line " << value.at.line);
        const auto span = elementSpan(text, value.at.line, element);
        REQUIRE(span);
        const std::string found = text.substr(span->begin, span->end - span->begin);
        CHECK(found.rfind("<" + element, 0) == 0);
        const bool closed = found.size() >= 2 && found.compare(found.size() - 2, 2, "/>") == 0;
        CHECK((closed || found.find("</" + element + ">") == found.size() - element.size() - 3));
        ++checked;
        for (const auto& child : value.children) check(child, child.name);
    };
    const auto checkAll = [&](const RawProps& props) {
        for (const auto& [name, value] : props) check(value, value.name);
    };
    for (const auto& [name, value] : family->params) check(value, "param");
    checkAll(family->defaults);
    for (const auto& part : family->parts) checkAll(part.props);
    for (const auto& series : family->series) checkAll(series.props);
    CHECK(checked > 100);
}
