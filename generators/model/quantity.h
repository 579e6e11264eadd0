#pragma once
// Physical quantities as exact integers: millionths of the dimension's base unit.
// For lengths the base unit is the millimetre, so one step is one nanometre.
// Doubles appear only inside geometry; everything the spec states stays exact.

#include <compare>
#include <cstdint>

namespace partgen {

enum class Dimension { length, area, voltage, current, mass, energy, force, temperature };

template <Dimension D>
class Quantity {
public:
    static constexpr std::int64_t stepsPerUnit = 1'000'000;

    constexpr Quantity() = default;
    static constexpr Quantity fromSteps(std::int64_t steps) { return Quantity(steps); }
    static constexpr Quantity fromUnits(std::int64_t units) { return Quantity(units * stepsPerUnit); }

    constexpr std::int64_t steps() const { return steps_; }
    constexpr double units() const { return static_cast<double>(steps_) / stepsPerUnit; }

    constexpr auto operator<=>(const Quantity&) const = default;
    constexpr Quantity operator+(Quantity o) const { return Quantity(steps_ + o.steps_); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(steps_ - o.steps_); }
    constexpr Quantity operator*(std::int64_t k) const { return Quantity(steps_ * k); }
    constexpr Quantity operator-() const { return Quantity(-steps_); }

private:
    constexpr explicit Quantity(std::int64_t steps) : steps_(steps) {}
    std::int64_t steps_ = 0;
};

using Length = Quantity<Dimension::length>;            // mm; step = 1 nm
using Area = Quantity<Dimension::area>;                // mm²
using Voltage = Quantity<Dimension::voltage>;          // V
using Current = Quantity<Dimension::current>;          // A
using Mass = Quantity<Dimension::mass>;                // g
using Energy = Quantity<Dimension::energy>;            // MJ
using Force = Quantity<Dimension::force>;              // N
using Temperature = Quantity<Dimension::temperature>;  // °C

constexpr Length millimetres(std::int64_t mm) { return Length::fromUnits(mm); }
constexpr Length nanometres(std::int64_t nm) { return Length::fromSteps(nm); }

template <class T>
struct Range {
    T min{};
    T max{};
    bool operator==(const Range&) const = default;
};

}  // namespace partgen
