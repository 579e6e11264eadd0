#pragma once
// Typed reading of raw spec values into the model, one overload per value type.
// Expressions ("= pitch * poles + 5.5") are evaluated through a context that knows
// the other values of the same product.

#include <optional>
#include <string>

#include "model/kind.h"
#include "model/part_values.h"
#include "model/quantity.h"
#include "model/sourced.h"
#include "spec/raw_value.h"

namespace partgen {

class Diagnostics;

struct Evaluated {
    double value;  // in the base unit of its dimension
    Provenance source;
};

class ValueContext {
public:
    virtual ~ValueContext() = default;
    // Evaluates `raw`'s expression; nullopt with `error` set on failure.
    virtual std::optional<Evaluated> evaluate(const RawValue& raw, std::string& error) = 0;
    // The numeric value of a named property of the same product.
    virtual std::optional<Evaluated> property(const std::string& name, std::string& error) = 0;
};

// Each reports problems at `raw.at` and leaves `field` unset. `context` may be null
// where expressions are not allowed (templates).
void parseValue(const RawValue& raw, Sourced<std::string>& field, ValueContext* context, Diagnostics& diagnostics);
void parseValue(const RawValue& raw, Sourced<Kind>& field, ValueContext* context, Diagnostics& diagnostics);
void parseValue(const RawValue& raw, Sourced<int>& field, ValueContext* context, Diagnostics& diagnostics);
void parseValue(const RawValue& raw, Sourced<Labels>& field, ValueContext* context, Diagnostics& diagnostics);
void parseValue(const RawValue& raw, Sourced<Approvals>& field, ValueContext* context, Diagnostics& diagnostics);
void parseValue(const RawValue& raw, Sourced<Tolerance>& field, ValueContext* context, Diagnostics& diagnostics);
void parseValue(const RawValue& raw, Sourced<ConductorRange>& field, ValueContext* context, Diagnostics& diagnostics);

template <Dimension D>
void parseValue(const RawValue& raw, Sourced<Quantity<D>>& field, ValueContext* context, Diagnostics& diagnostics);
template <Dimension D>
void parseValue(const RawValue& raw, Sourced<Range<Quantity<D>>>& field, ValueContext* context,
                Diagnostics& diagnostics);

}  // namespace partgen
