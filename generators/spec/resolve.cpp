#include "spec/resolve.h"

#include <map>

#include "spec/diagnostics.h"
#include "text/placeholders.h"

namespace partgen {
namespace {

void substitute(std::string& text, const PlaceholderValues& values) {
    if (text.find('{') != std::string::npos) text = expandPlaceholders(text, values);  // most values have none
}

void substitute(RawValue& raw, const PlaceholderValues& values) {
    substitute(raw.text, values);
    for (auto& [key, attr] : raw.attributes) substitute(attr, values);
    for (auto& child : raw.children) substitute(child, values);
}

void substitute(RawProps& props, const PlaceholderValues& values) {
    for (auto& [name, raw] : props) substitute(raw, values);
}

// Values `over` states replace those of `base`.
RawProps overlay(RawProps base, const RawProps& over) {
    for (const auto& [name, value] : over) base.insert_or_assign(name, value);
    return base;
}

RawProps weakenedTo(RawProps props, Provenance floor) {
    for (auto& [name, value] : props) value.floor = weakest(value.floor, floor);
    return props;
}

// What a variant takes from the part it varies. Family defaults are what every datasheet
// of the family states alike, so they stay as they are; the rest is the base part's own
// datasheet fact, which the variant's datasheet does not repeat: inherited, not datasheet.
RawProps inheritedFrom(RawProps base, const RawProps& defaults) {
    for (auto& [name, value] : base) {
        const auto fromDefaults = defaults.find(name);
        if (fromDefaults == defaults.end() || !(fromDefaults->second.at == value.at))
            value.floor = weakest(value.floor, Provenance::inherited);
    }
    return base;
}

std::string location(const SourceLocation& at) { return at.file.str() + ":" + std::to_string(at.line); }

class Resolver {
public:
    Resolver(const std::vector<RawFamily>& families, Diagnostics& diagnostics) : diag_(diagnostics) {
        for (const auto& family : families)
            for (const auto& part : family.parts) index(part, family);
    }

    Resolution run(const std::vector<RawFamily>& families) {
        Resolution out;
        out.entries.reserve(productCount(families));  // a large catalog's entries, never copied while growing
        for (const auto& family : families) {
            for (const auto& part : family.parts)
                if (auto entry = explicitEntry(part)) out.entries.push_back(std::move(*entry));
            for (const auto& series : family.series) expandSeries(series, family, out);
        }
        for (auto& entry : out.entries)
            if (!entry.series) substitute(entry.props, {{placeholder::number, entry.number}});
        return out;
    }

private:
    static std::size_t productCount(const std::vector<RawFamily>& families) {
        std::size_t count = 0;
        for (const auto& family : families) {
            count += family.parts.size();
            for (const auto& series : family.series)
                if (series.polesFrom > 0 && series.polesTo >= series.polesFrom)
                    count += static_cast<std::size_t>(series.polesTo - series.polesFrom + 1);
        }
        return count;
    }

    enum class State { pending, visiting, done, failed };
    struct Node {
        const RawPart* part;
        const RawFamily* family;
        State state = State::pending;
        RawProps merged;
    };

    void index(const RawPart& part, const RawFamily& family) {
        if (part.number.empty()) return;
        const auto [it, inserted] = nodes_.emplace(part.number, Node{&part, &family, State::pending, {}});
        if (!inserted)
            diag_.error(part.at, "duplicate part number '" + part.number + "' (also defined at " +
                                     location(it->second.part->at) + ")");
    }

    std::optional<ResolvedEntry> explicitEntry(const RawPart& part) {
        const auto it = nodes_.find(part.number);
        if (it == nodes_.end() || it->second.part != &part) return std::nullopt;  // blank or duplicate
        const RawProps* props = merged(it->second);
        if (!props) return std::nullopt;
        return ResolvedEntry{part.number, part.of, part.of.empty() ? Origin::part : Origin::variant,
                             part.at,     *props,  it->second.family};
    }

    // The part's values with everything it inherits; nullptr when that fails.
    const RawProps* merged(Node& node) {
        if (node.state == State::done) return &node.merged;
        if (node.state == State::failed) return nullptr;
        if (node.state == State::visiting) {
            diag_.error(node.part->at, "variant '" + node.part->number + "' derives from itself through '" +
                                           node.part->of + "' (cyclic variants)");
            node.state = State::failed;
            return nullptr;
        }
        node.state = State::visiting;
        const RawProps* base = baseOf(node);
        if (node.state == State::failed || !base) {
            node.state = State::failed;
            return nullptr;
        }
        node.merged = node.part->of.empty() ? overlay(*base, node.part->props)
                                            : overlay(inheritedFrom(*base, node.family->defaults), node.part->props);
        node.state = State::done;
        return &node.merged;
    }

    const RawProps* baseOf(Node& node) {
        const RawPart& part = *node.part;
        if (part.of.empty()) return &node.family->defaults;
        const auto it = nodes_.find(part.of);
        if (it == nodes_.end()) {
            diag_.error(part.at, "variant '" + part.number + "' derives from '" + part.of + "', which is not defined");
            return nullptr;
        }
        if (it->second.family != node.family) {
            diag_.error(part.at, "variant '" + part.number + "' derives from '" + part.of + "' of another family");
            return nullptr;
        }
        return merged(it->second);
    }

    void expandSeries(const RawSeries& series, const RawFamily& family, Resolution& out) {
        if (series.polesFrom == 0) return;
        checkSeriesBase(series, family);
        const std::string baseUrl = datasheetUrlOf(series.derivedFrom);
        for (int poles = series.polesFrom; poles <= series.polesTo; ++poles) {
            ResolvedEntry entry;
            entry.number = expandPlaceholders(series.pattern, {{placeholder::poles, std::to_string(poles)}});
            entry.origin = Origin::series;
            entry.basePart = series.derivedFrom;
            entry.baseDatasheetUrl = baseUrl;
            entry.at = series.at;
            entry.family = &family;
            entry.series = &series;
            entry.poles = poles;
            placeSeriesProduct(std::move(entry), out);
        }
    }

    // A series names the datasheet part it scales so that its products can say so; a
    // name that is no part of the family would send a reader to the wrong datasheet.
    void checkSeriesBase(const RawSeries& series, const RawFamily& family) {
        if (series.derivedFrom.empty()) return;
        const auto it = nodes_.find(series.derivedFrom);
        if (it == nodes_.end() || it->second.family != &family)
            diag_.error(series.at, "series '" + series.pattern + "' is derived-from '" + series.derivedFrom +
                                       "', which is no part of this family");
    }

    // The datasheet URL of a part as its products read it; empty when it has none.
    std::string datasheetUrlOf(const std::string& number) {
        const auto it = nodes_.find(number);
        if (number.empty() || it == nodes_.end()) return "";
        const RawProps* props = merged(it->second);
        if (!props) return "";
        const auto url = props->find("datasheet-url");
        if (url == props->end()) return "";
        return expandPlaceholders(url->second.text, {{placeholder::number, number}});
    }

    void placeSeriesProduct(ResolvedEntry entry, Resolution& out) {
        if (nodes_.count(entry.number)) {
            entry.props = seriesProps(entry);
            out.shadowed.push_back(std::move(entry));
            return;
        }
        const auto [it, inserted] = seriesNumbers_.emplace(entry.number, entry.at);
        if (!inserted) {
            diag_.error(entry.at,
                        "series product '" + entry.number + "' is also made by the series at " + location(it->second));
            return;
        }
        out.entries.push_back(std::move(entry));
    }

    Diagnostics& diag_;
    std::map<std::string, Node> nodes_;
    std::map<std::string, SourceLocation> seriesNumbers_;
};

}  // namespace

RawProps seriesProps(const ResolvedEntry& entry) {
    // Nothing in a series product comes from its own datasheet: all is derived.
    RawProps props = overlay(weakenedTo(entry.family->defaults, Provenance::derived),
                             weakenedTo(entry.series->props, Provenance::derived));
    const std::string poles = std::to_string(entry.poles);
    props.insert_or_assign(
        "poles", RawValue{"poles", poles, {}, {}, Provenance::derived, Provenance::derived, entry.series->at});
    substitute(props, {{placeholder::poles, poles}, {placeholder::number, entry.number}});
    return props;
}

Resolution resolveFamilies(const std::vector<RawFamily>& families, Diagnostics& diagnostics) {
    return Resolver(families, diagnostics).run(families);
}

}  // namespace partgen
