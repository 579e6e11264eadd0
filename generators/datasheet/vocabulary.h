#pragma once
// The words of the datasheet layouts (templates/datasheets/*.xml) as the reader asks for
// them: which label gives which property, which lines are headings or page furniture.
// Compared as keys: lower case, runs of spaces as one, ';' as ','.

#include <string>
#include <vector>

#include "spec/datasheet_layout.h"

namespace partgen {

// A label of a layout and the property its value gives, read as `form`.
struct FieldRule {
    std::string label;  // a key: lower case, ';' as ','
    std::string property;
    std::string form;  // one of datasheetValueForms()
};

// "Fine-stranded conductor; with ferrule" -> "fine-stranded conductor, with ferrule"
std::string labelKey(const std::string& cell);

// The words of the datasheet layouts, as keys compared without case.
class Vocabulary {
public:
    explicit Vocabulary(const DatasheetLayout& layout);
    const DatasheetLayout& layout() const { return layout_; }

    const FieldRule* ruleFor(const std::string& label) const;
    bool isKnownLabel(const std::string& cell) const;  // a label whose value the spec does not hold
    std::string leadingLabel(const std::string& key) const;
    bool startsWithLabel(const std::string& line) const;
    bool isDataHeading(const std::string& key) const;
    bool opensProseSection(const std::string& key) const;
    bool isHeading(const std::string& line) const;
    bool isFurniture(const std::string& key) const;
    bool isApprovalHeader(const std::string& cell) const;
    bool endsApprovals(const std::string& key) const;
    bool opensCounterparts(const std::string& key) const;
    bool opensAccessories(const std::string& key) const;

private:
    const DatasheetLayout& layout_;
    std::vector<FieldRule> rules_;
    std::vector<std::string> known_, data_, prose_, furniture_, approvalHeaders_, approvalsEnd_, counterparts_,
        accessories_;
};

}  // namespace partgen
